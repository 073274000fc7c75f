import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../../pipelines/app.ts";
import { formatStatus } from "../../src/cli/status.ts";
import { memoryLog } from "../../src/log.ts";
import { executeRun } from "../../src/runs/execute.ts";
import type { RunStatus, Status } from "../../src/runs/status.ts";
import { talentmapIn } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "..", "..");
const caseInput = join(root, "test", "cases", "county-small", "input");
const scratch = mkdtempSync(join(tmpdir(), "talentmap-status-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const talentmap = (...args: string[]) => talentmapIn(scratch, ...args);

const data = join(scratch, "data");
const out = join(scratch, "reports");
const refresh = () =>
  executeRun({
    app,
    command: "refresh",
    data,
    out,
    db: `${out}.duckdb`,
    lang: "zh",
    pdf: false,
    rejectsOk: false,
    log: memoryLog(),
    codeVersion: "test",
  });

beforeAll(async () => {
  cpSync(caseInput, data, { recursive: true });
  await refresh();
  rmSync(join(data, "rosters", "人社局.csv"));
  await refresh();
  await refresh();
  // Since the last run: a new wave's file and a changed setting.
  mkdirSync(join(data, "surveys", "2025H1"));
  writeFileSync(join(data, "surveys", "2025H1", "新.csv"), "企业名称,岗位名称,需求人数\n甲,乙,1\n");
  writeFileSync(join(data, "aliases.csv"), "kind,raw,canonical\n");
}, 60_000);

describe("talentmap status", () => {
  it("gives the runs, what each found changed, what the next refresh reads, as JSON", () => {
    const result = talentmap("status", "--data", "data", "--out", "reports", "--json");
    expect(result.status, result.stderr).toBe(0);
    const status = JSON.parse(result.stdout) as Status;
    expect(status.lock).toBeNull();
    expect(status.runs.map((r) => [r.run_id, r.command, r.outcome, r.exit_code])).toEqual([
      [3, "refresh", "unchanged", 3],
      [2, "refresh", "rejects", 3],
      [1, "refresh", "rejects", 3],
    ]);
    expect(status.runs[1]?.changes).toEqual([
      { file: "rosters/人社局.csv", change: "removed", kind: "roster", wave: null },
    ]);
    expect(status.runs[1]?.files_read).toBe(1);
    // The first run found every file added, each survey file with its wave.
    const first = status.runs[2];
    expect(first?.changes).toHaveLength(first?.files ?? -1);
    expect(first?.changes.every((c) => c.change === "added")).toBe(true);
    const surveys = first?.changes.filter((c) => c.kind === "demand") ?? [];
    expect(surveys.length).toBeGreaterThan(0);
    for (const c of surveys) expect(c.file.startsWith(`surveys/${c.wave}/`), c.file).toBe(true);
    expect(status.runs[1]?.stages.map((s) => s.name)).toContain("report");
    expect(status.pending).toEqual({
      files: [{ file: "surveys/2025H1/新.csv", change: "added", kind: "demand", wave: "2025H1" }],
      settings: ["aliases.csv"],
    });
    expect(status.rejectsByFile.length).toBeGreaterThan(0);
  });

  it("prints the same as text, and who holds the workspace", () => {
    mkdirSync(join(data, ".talentmap"), { recursive: true });
    writeFileSync(
      join(data, ".talentmap", "lock"),
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        startedAt: "2026-11-21T02:00:00.000Z",
        command: "refresh",
      }),
    );
    try {
      const text = talentmap("status", "--data", "data", "--out", "reports").stdout;
      expect(text).toContain(
        `held by pid ${process.pid} on ${hostname()}: refresh started 2026-11-21T02:00:00.000Z`,
      );
      expect(text).toMatch(/\n {2}3 +\S+ \S+ +refresh +unchanged +3 /);
      expect(text).toContain("- rosters/人社局.csv");
      expect(text).toContain("+ surveys/2025H1/新.csv");
      expect(text).toContain("~ aliases.csv");
    } finally {
      rmSync(join(data, ".talentmap", "lock"));
    }
  });

  it("fails with what to do when there is no warehouse", () => {
    const result = talentmap("status", "--data", "data", "--out", "elsewhere");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("talentmap refresh");
  });
});

describe("the status text", () => {
  const run = (over: Partial<RunStatus>): RunStatus => ({
    run_id: 1,
    command: "refresh",
    started_at: "2026-11-21T02:00:00Z",
    ended_at: null,
    outcome: "ok",
    exit_code: 0,
    pid: 1,
    host: "h",
    fingerprint: "f",
    out: "/r",
    settings: null,
    files: 4,
    files_read: 4,
    files_added: 0,
    files_changed: 0,
    files_removed: 0,
    rows_read: 10,
    rows_loaded: 10,
    rows_rejected: 0,
    rejects: 0,
    files_set_aside: 0,
    seconds: 1,
    stages: [],
    error: null,
    changes: [],
    ...over,
  });
  it("says what failed and what was interrupted", () => {
    const text = formatStatus({
      workspace: "/w",
      warehouse: "/w.duckdb",
      lock: null,
      historyAvailable: true,
      runs: [
        run({ run_id: 3, outcome: "failed", exit_code: 1, error: "disk full" }),
        run({ run_id: 2, outcome: "interrupted", exit_code: null }),
      ],
      pending: null,
      setAside: [{ file: "surveys/2024H1/坏.xlsx", error: "corrupt_file" }],
      rejectsByFile: [],
    });
    expect(text).toContain("run 3 (2026-11-21 02:00:00) failed, exit 1: disk full");
    expect(text).toContain("run 2 (2026-11-21 02:00:00) was interrupted");
    expect(text).toContain("surveys/2024H1/坏.xlsx: whole file (corrupt_file)");
  });

  it("says when the lock is unreadable (a run could not finish writing it), not that it is free", async () => {
    const { readStatus } = await import("../../src/runs/status.ts");
    const { lockPath } = await import("../../src/runs/lock.ts");
    writeFileSync(lockPath(data), "");
    try {
      const status = await readStatus({ workspace: data, warehouse: `${out}.duckdb`, runs: 1 });
      expect(status.lock).toBeNull();
      expect(status.unreadableLock?.bytes).toBe(0);
      expect(formatStatus(status)).toMatch(
        /^lock {7}unreadable \(0 bytes, written .+\), left by a run/m,
      );
    } finally {
      rmSync(lockPath(data));
    }
  });

  it("says when a run holds the warehouse and the history cannot be read", () => {
    const text = formatStatus({
      workspace: "/w",
      warehouse: "/w.duckdb",
      lock: { pid: 7, host: "h", startedAt: "t", command: "refresh", stale: false },
      historyAvailable: false,
      runs: [],
      pending: null,
      setAside: [],
      rejectsByFile: [],
    });
    expect(text).toContain("held by pid 7 on h");
    expect(text).toContain("history shows once that run ends");
  });
});
