import * as fs from "node:fs";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { acquireLock, LockedError, lockPath } from "../../src/runs/lock.ts";
import { scratchDir } from "../helpers/workspace.ts";

/**
 * A full disk while taking the lock: the write fails. Before, the lock was created empty and
 * stayed, and every later run exited 4 until someone deleted it by hand.
 */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const writeSync = ((...args: Parameters<typeof real.writeSync>) => {
    if (disk.full) {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
        code: "ENOSPC",
        syscall: "write",
      });
    }
    return real.writeSync(...args);
  }) as typeof real.writeSync;
  return { ...real, default: { ...real, writeSync }, writeSync };
});

const scratch = scratchDir("lock-faults");
let n = 0;
function workspace(): string {
  const dir = join(scratch, `ws${n++}`);
  mkdirSync(join(dir, ".talentmap"), { recursive: true });
  return dir;
}

/** A lock file as a run that could not finish writing it left it, `ageMs` ago. */
function leaveLock(dir: string, content: string, ageMs: number): void {
  writeFileSync(lockPath(dir), content);
  const then = new Date(Date.now() - ageMs);
  utimesSync(lockPath(dir), then, then);
}

afterEach(() => {
  disk.full = false;
});

describe("the lock on a full disk", () => {
  it("is never left empty: the failed write leaves no lock and no temporary file", () => {
    const dir = workspace();
    disk.full = true;
    expect(() => acquireLock(dir, "refresh")).toThrow(expect.objectContaining({ code: "ENOSPC" }));
    disk.full = false;
    expect(existsSync(lockPath(dir))).toBe(false);
    expect(readdirSync(join(dir, ".talentmap"))).toEqual([]);
    const lock = acquireLock(dir, "refresh"); // the next night goes on
    expect(JSON.parse(readFileSync(lockPath(dir), "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lockPath(dir))).toBe(false);
  });

  it("takes over an empty or garbled lock left by such a run, and says so", () => {
    for (const content of ["", '{"pid": 12', "\0\0\0\0"]) {
      const dir = workspace();
      leaveLock(dir, content, 60 * 60 * 1000);
      const lock = acquireLock(dir, "refresh");
      expect(lock.tookOverUnreadable?.bytes).toBe(Buffer.byteLength(content));
      expect(lock.tookOver).toBeNull();
      expect(JSON.parse(readFileSync(lockPath(dir), "utf8")).pid).toBe(process.pid);
      lock.release();
      expect(readdirSync(join(dir, ".talentmap"))).toEqual([]);
    }
  });

  it("refuses an unreadable lock written seconds ago (exit 4), saying when to try again", () => {
    const dir = workspace();
    leaveLock(dir, "", 0);
    expect(() => acquireLock(dir, "refresh")).toThrow(LockedError);
    expect(() => acquireLock(dir, "refresh")).toThrow(/in a few seconds/);
  });

  it("removes what a run killed between writing its holder and linking it left", () => {
    const dir = workspace();
    const left = join(dir, ".talentmap", "lock.tmp-99999-abcd1234");
    writeFileSync(left, "{}");
    utimesSync(left, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    const lock = acquireLock(dir, "refresh");
    expect(existsSync(left)).toBe(false);
    lock.release();
  });
});
