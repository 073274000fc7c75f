import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.ts";
import { bootId, processStart } from "../../src/process.ts";
import { acquireLock, isStale, LockedError, lockPath } from "../../src/runs/lock.ts";

const scratch = mkdtempSync(join(tmpdir(), "talentmap-lock-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
function workspace(): string {
  const dir = join(scratch, `ws${n++}`);
  mkdirSync(dir);
  return dir;
}

/** The pid of a process that has ended (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid as number;
}

function writeLock(dir: string, holder: Record<string, unknown>): void {
  mkdirSync(join(dir, ".talentmap"), { recursive: true });
  writeFileSync(lockPath(dir), JSON.stringify(holder));
}

describe("the workspace lock", () => {
  it("is a file naming its holder, removed on release", () => {
    const dir = workspace();
    const lock = acquireLock(dir, "refresh", () => new Date("2026-11-21T02:00:00Z"));
    const written = JSON.parse(readFileSync(lockPath(dir), "utf8"));
    expect(written).toMatchObject({
      pid: process.pid,
      host: hostname(),
      startedAt: "2026-11-21T02:00:00.000Z",
      command: "refresh",
    });
    expect(lock.tookOver).toBeNull();
    lock.release();
    expect(existsSync(lockPath(dir))).toBe(false);
    lock.release(); // twice is harmless
  });

  it("refuses a second holder while the first lives, naming pid, host and start (exit 4)", () => {
    const dir = workspace();
    const first = acquireLock(dir, "refresh", () => new Date("2026-11-21T02:00:00Z"));
    try {
      let error: unknown;
      try {
        acquireLock(dir, "run");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LockedError);
      const locked = error as LockedError;
      expect(locked.exitCode).toBe(ExitCode.locked);
      expect(locked.message).toContain(`pid ${process.pid}`);
      expect(locked.message).toContain(hostname());
      expect(locked.message).toContain("2026-11-21T02:00:00.000Z");
      expect(existsSync(lockPath(dir))).toBe(true);
    } finally {
      first.release();
    }
  });

  it("takes over a lock whose process is gone", () => {
    const dir = workspace();
    const pid = deadPid();
    writeLock(dir, {
      pid,
      host: hostname(),
      startedAt: "2026-11-20T02:00:00Z",
      command: "refresh",
    });
    const lock = acquireLock(dir, "refresh");
    expect(lock.tookOver?.pid).toBe(pid);
    expect(JSON.parse(readFileSync(lockPath(dir), "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("takes over a lock whose pid now belongs to another process, or from before a reboot", () => {
    const reused = {
      pid: process.pid,
      host: hostname(),
      startedAt: "2026-11-20T02:00:00Z",
      command: "refresh",
    };
    const started = processStart(process.pid);
    if (started !== null) {
      expect(isStale({ ...reused, processStart: started + 1 })).toBe(true);
      expect(isStale({ ...reused, processStart: started })).toBe(false);
    }
    if (bootId() !== null) expect(isStale({ ...reused, bootId: "another-boot" })).toBe(true);
  });

  it("never judges a lock from another host stale", () => {
    const dir = workspace();
    writeLock(dir, {
      pid: deadPid(),
      host: "other-host",
      startedAt: "2026-11-20T02:00:00Z",
      command: "refresh",
    });
    expect(() => acquireLock(dir, "refresh")).toThrow(/other-host/);
  });

  it("refuses when the lock file cannot be read, rather than guess", () => {
    const dir = workspace();
    mkdirSync(join(dir, ".talentmap"), { recursive: true });
    writeFileSync(lockPath(dir), "not json");
    expect(() => acquireLock(dir, "refresh")).toThrow(LockedError);
  });

  it("release leaves a lock that another process has taken since", () => {
    const dir = workspace();
    const lock = acquireLock(dir, "refresh");
    writeLock(dir, { pid: 1, host: hostname(), startedAt: "x", command: "run" });
    lock.release();
    expect(existsSync(lockPath(dir))).toBe(true);
  });
});
