import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockPath } from "../../src/runs/lock.ts";
import { cliArgv, talentmapIn } from "../helpers/cli.ts";
import { deadPid } from "../helpers/process.ts";
import { countySmallInput, countySmallRosterValues, scratchDir } from "../helpers/workspace.ts";

const scratch = scratchDir("cli-refresh");
const talentmap = (...args: string[]) => talentmapIn(scratch, ...args);

function workspace(name: string): string {
  cpSync(countySmallInput, join(scratch, name), { recursive: true });
  return name;
}

describe("talentmap refresh", () => {
  it("refuses to run beside another run of the workspace (exit 4), naming the holder", async () => {
    const data = workspace("ws-busy");
    const first = spawn(process.execPath, cliArgv("refresh", "--data", data, "--out", "busy"), {
      cwd: scratch,
      stdio: "ignore",
    });
    const ended = new Promise<number | null>((resolve) => first.on("exit", resolve));
    const lock = lockPath(join(scratch, data));
    for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 25));
    expect(existsSync(lock)).toBe(true);
    const second = talentmap("refresh", "--data", data, "--out", "busy");
    expect(second.status).toBe(4);
    expect(second.stderr).toContain(`pid ${first.pid}`);
    expect(second.stderr).toContain(hostname());
    expect(second.stderr).toMatch(/started \d{4}-\d\d-\d\dT/);
    expect(second.stderr.trim().split("\n")).toHaveLength(1);
    expect(await ended).toBe(3);
    expect(existsSync(lock)).toBe(false);
  });

  it("takes over a lock left by a process that is gone", () => {
    const data = workspace("ws-stale");
    const dead = deadPid();
    const lock = lockPath(join(scratch, data));
    mkdirSync(join(lock, ".."), { recursive: true });
    writeFileSync(
      lock,
      JSON.stringify({
        pid: dead,
        host: hostname(),
        startedAt: "2026-11-20T02:00:00Z",
        command: "refresh",
      }),
    );
    const result = talentmap("refresh", "--data", data, "--out", "stale");
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`took over the lock left by pid ${dead}`);
    expect(existsSync(lock)).toBe(false);
  });

  it("logs JSON lines with --log json, ending with the outcome, and nothing personal", () => {
    const data = workspace("ws-json");
    const result = talentmap("refresh", "--data", data, "--out", "json", "--log", "json");
    expect(result.status).toBe(3);
    expect(result.stdout).toBe("");
    const records = result.stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    for (const r of records) {
      expect(typeof r.time).toBe("string");
      expect(["stage", "info", "warn", "event"]).toContain(r.level);
    }
    expect(records.filter((r) => r.level === "stage").map((r) => r.stage)).toContain("normalise");
    const end = records.find((r) => r.event === "run-end");
    expect(end).toMatchObject({ outcome: "rejects", exitCode: 3, runId: 1 });
    expect(end.stages.map((s: { name: string }) => s.name)).toContain("report");
    // county-small's roster people: names, ID numbers, phones (nothing of them may be logged).
    const values = countySmallRosterValues("姓名", "身份证号", "联系电话").filter(
      (v) => v.length >= 2,
    );
    expect(values.length).toBeGreaterThan(5);
    for (const value of values) expect(result.stderr, value).not.toContain(value);
  });

  it("exits 0 with --rejects-ok; a refresh with nothing to do keeps the exit code of what it keeps", () => {
    const data = workspace("ws-codes");
    expect(talentmap("refresh", "--data", data, "--out", "codes", "--rejects-ok").status).toBe(0);
    const again = talentmap("refresh", "--data", data, "--out", "codes");
    expect(again.status).toBe(3);
    expect(again.stderr).toContain("nothing changed");
    expect(talentmap("refresh", "--data", data, "--out", "codes", "--rejects-ok").status).toBe(0);
  });

  it("exits 2 on options it does not understand", () => {
    const badLog = talentmap("refresh", "--log", "xml");
    expect(badLog.status).toBe(2);
    expect(badLog.stderr).toContain("--log"); // says which option, and what it was given
    expect(badLog.stderr).toContain('"xml"');
    const unknown = talentmap("refresh", "--nonsense");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--nonsense");
    expect(unknown.stderr).toContain("Usage: talentmap refresh");
  });
});
