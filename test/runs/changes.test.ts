import { describe, expect, it } from "vitest";
import { diffFiles, type IngestedFile, planIngest } from "../../src/runs/changes.ts";
import type { ScannedFile } from "../../src/workspace/scan.ts";

function scanned(file: string, sha256: string): ScannedFile {
  const kind = file.startsWith("rosters/") ? "roster" : "demand";
  const wave = /^surveys\/(\d{4}H[12])\//.exec(file)?.[1] ?? null;
  return { file, path: `/ws/${file}`, kind, wave, bytes: 1, misplaced: false, sha256, mtimeMs: 0 };
}

const ingested = (f: ScannedFile, key = "k"): IngestedFile => ({
  file: f.file,
  kind: f.kind,
  wave: f.wave,
  sha256: f.sha256,
  ingest_key: key,
});

const a1 = scanned("surveys/2024H1/a.csv", "a1");
const b1 = scanned("surveys/2024H1/b.xlsx", "b1");
const c2 = scanned("surveys/2024H2/c.csv", "c2");
const stray = scanned("surveys/loose.csv", "s");
const r1 = scanned("rosters/r1.csv", "r1");
const r2 = scanned("rosters/r2.xlsx", "r2");
const now = [a1, b1, c2, stray, r1, r2];
const before = now.map((f) => ingested(f));

const files = (list: readonly { file: string }[]) => list.map((f) => f.file).sort();

describe("what a refresh reads", () => {
  it("reads only the rosters when no file changed (their rows are never kept)", () => {
    const plan = planIngest(now, before, "k", false);
    expect(plan.full).toBe(false);
    expect(files(plan.read)).toEqual(["rosters/r1.csv", "rosters/r2.xlsx"]);
    expect([...plan.drop].sort()).toEqual(["rosters/r1.csv", "rosters/r2.xlsx"]);
    expect(diffFiles(now, before)).toEqual([]);
  });

  it("replaces a wave whole when one of its files changed", () => {
    const changed = now.map((f) => (f === a1 ? { ...a1, sha256: "a1'" } : f));
    const plan = planIngest(changed, before, "k", false);
    expect(files(plan.read)).toEqual([
      "rosters/r1.csv",
      "rosters/r2.xlsx",
      "surveys/2024H1/a.csv",
      "surveys/2024H1/b.xlsx",
    ]);
    expect(diffFiles(changed, before)).toEqual([
      { file: "surveys/2024H1/a.csv", change: "changed", kind: "demand", wave: "2024H1" },
    ]);
  });

  it("drops a removed file's rows, reading the rest of its wave again", () => {
    const removed = now.filter((f) => f !== c2);
    const plan = planIngest(removed, before, "k", false);
    expect(plan.drop).toContain("surveys/2024H2/c.csv");
    expect(files(plan.read)).toEqual(["rosters/r1.csv", "rosters/r2.xlsx"]);
    expect(diffFiles(removed, before)).toEqual([
      { file: "surveys/2024H2/c.csv", change: "removed", kind: "demand", wave: "2024H2" },
    ]);
  });

  it("reads a new wave and leaves the others", () => {
    const d = scanned("surveys/2025H1/d.csv", "d");
    const plan = planIngest([...now, d], before, "k", false);
    expect(files(plan.read)).toEqual(["rosters/r1.csv", "rosters/r2.xlsx", "surveys/2025H1/d.csv"]);
    expect(diffFiles([...now, d], before).map((c) => c.change)).toEqual(["added"]);
  });

  it("reads again a file that changed while it was being read (no hash kept)", () => {
    const unsure = before.map((b) => (b.file === stray.file ? { ...b, sha256: null } : b));
    expect(files(planIngest(now, unsure, "k", false).read)).toContain("surveys/loose.csv");
  });

  it("reads everything under another key (code, language, settings), for run, or for a new warehouse", () => {
    for (const plan of [
      planIngest(
        now,
        before.map((b) => ({ ...b, ingest_key: "old" })),
        "k",
        false,
      ),
      planIngest(now, before, "k", true),
      planIngest(now, [], "k", false),
    ]) {
      expect(plan.full).toBe(true);
      expect(plan.read).toHaveLength(now.length);
    }
  });
});
