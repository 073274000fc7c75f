import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { talentmapIn } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "talentmap-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function talentmap(...args: string[]) {
  return talentmapIn(scratch, ...args);
}

describe("talentmap run", () => {
  it("writes the reports and the warehouse beside them, progress on stderr only", () => {
    cpSync(join(root, "test", "cases", "county-small", "input"), join(scratch, "ws"), {
      recursive: true,
    });
    const result = talentmap("run", "--data", "ws", "--out", "out");
    expect(result.stderr).toContain("[ingest]");
    // county-small has a rejected row in each of two files: completed with rejects.
    expect(result.status).toBe(3);
    expect(result.stdout).toBe("");
    for (const file of [
      "summary.json",
      "index.html",
      "chains/bio.html",
      "chains/food.html",
      "rejects.csv",
      "unassigned.csv",
      "gaps.csv",
      "gaps.xlsx",
    ]) {
      expect(existsSync(join(scratch, "out", file)), file).toBe(true);
    }
    expect(existsSync(join(scratch, "out.duckdb"))).toBe(true);
  });

  it("fails with one line saying what to fix when the workspace is missing", () => {
    const result = talentmap("run", "--data", "nowhere", "--out", "out2");
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("--data");
  });

  it("exits 2 on a command line it does not understand", () => {
    expect(talentmap("run", "--nonsense").status).toBe(2);
    expect(talentmap("frobnicate").status).toBe(2);
    const lang = talentmap("run", "--lang", "fr");
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('--lang must be zh or en, not "fr"');
  });
});
