import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode, UserError } from "../../src/errors.ts";
import { markerName } from "../../src/output/marker.ts";
import { recoverOutput, stagingFolder, swapInto } from "../../src/runs/swap.ts";
import { deadPid } from "../helpers/process.ts";
import { scratchDir } from "../helpers/workspace.ts";

const scratch = scratchDir("swap");
const countySmall = join(import.meta.dirname, "..", "cases", "county-small");

let n = 0;
function place(): string {
  const dir = join(scratch, `p${n++}`);
  mkdirSync(dir);
  return join(dir, "reports");
}

function folder(path: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(path, name, ".."), { recursive: true });
    writeFileSync(join(path, name), text);
  }
}

/** The marker talentmap leaves in a folder it wrote, listing `files` as its own. */
function marked(path: string, files: string[]): void {
  const marker = {
    writtenBy: "talentmap",
    kind: "reports",
    files,
  };
  writeFileSync(join(path, markerName), JSON.stringify(marker));
}

describe("the output folder swap", () => {
  it("puts a new folder in place when there was none", () => {
    const out = place();
    const tmp = stagingFolder(out);
    folder(tmp, { "summary.json": "new" });
    swapInto(tmp, out);
    expect(readFileSync(join(out, "summary.json"), "utf8")).toBe("new");
    expect(readdirSync(join(out, ".."))).toEqual(["reports"]);
  });

  it("replaces the old folder whole, keeping the user's own files but not old PDFs or pages", () => {
    const out = place();
    folder(out, {
      "summary.json": "old",
      "README.md": "mine",
      "index.pdf": "old pdf",
      "chains/gone.html": "stale",
    });
    // What talentmap wrote last time, the user's README.md not among it.
    marked(out, ["summary.json", "index.pdf", "chains/gone.html"]);
    const tmp = stagingFolder(out);
    folder(tmp, { "summary.json": "new", "chains/bio.html": "new page" });
    swapInto(tmp, out);
    expect(readFileSync(join(out, "summary.json"), "utf8")).toBe("new");
    expect(readFileSync(join(out, "README.md"), "utf8")).toBe("mine");
    expect(existsSync(join(out, "index.pdf"))).toBe(false);
    expect(readdirSync(join(out, "chains"))).toEqual(["bio.html"]);
    expect(readdirSync(join(out, ".."))).toEqual(["reports"]);
  });

  it("keeps the user's own files whatever their name, PDFs and .tmp included, at any depth", () => {
    const out = place();
    folder(out, {
      "summary.json": "old",
      "index.pdf": "talentmap's pdf",
      "budget.pdf": "mine",
      "draft.tmp": "mine",
      "chains/bio.html": "old page",
      "chains/notes.pdf": "mine",
    });
    marked(out, ["summary.json", "index.pdf", "chains/bio.html"]);
    const tmp = stagingFolder(out);
    folder(tmp, { "summary.json": "new", "chains/bio.html": "new page" });
    swapInto(tmp, out);
    expect(readFileSync(join(out, "budget.pdf"), "utf8")).toBe("mine");
    expect(readFileSync(join(out, "draft.tmp"), "utf8")).toBe("mine");
    expect(readFileSync(join(out, "chains", "notes.pdf"), "utf8")).toBe("mine");
    expect(readFileSync(join(out, "chains", "bio.html"), "utf8")).toBe("new page");
    expect(existsSync(join(out, "index.pdf"))).toBe(false);
    // The new marker lists what this run wrote, not the files carried over.
    const marker = JSON.parse(readFileSync(join(out, markerName), "utf8"));
    expect(marker.files).toEqual(["chains/bio.html", "summary.json"]);
  });

  it("keeps a file of the user's where the run writes one of the same name, beside it", () => {
    const out = place();
    folder(out, { "summary.json": "old", "gaps.xlsx": "mine" });
    marked(out, ["summary.json"]);
    const tmp = stagingFolder(out);
    folder(tmp, { "summary.json": "new", "gaps.xlsx": "new" });
    const notes = swapInto(tmp, out, { now: new Date("2026-12-01T02:03:04Z") });
    expect(readFileSync(join(out, "gaps.xlsx"), "utf8")).toBe("new");
    expect(readFileSync(join(out, "gaps.xlsx.kept-20261201T020304"), "utf8")).toBe("mine");
    expect(notes.join("\n")).toContain("gaps.xlsx.kept-20261201T020304");
  });

  it("refuses a folder talentmap did not write, and touches nothing in it", () => {
    const out = place();
    folder(out, { "thesis.docx": "mine", "rosters/名单.csv": "mine" });
    const tmp = stagingFolder(out);
    folder(tmp, { "summary.json": "new" });
    let error: unknown;
    try {
      swapInto(tmp, out);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(ExitCode.usage);
    expect((error as Error).message).toContain(out);
    expect(readdirSync(out).sort()).toEqual(["rosters", "thesis.docx"]);
    expect(readFileSync(join(out, "rosters", "名单.csv"), "utf8")).toBe("mine");
  });

  it("takes over the reports of a talentmap before markers, keeping what is not its own", () => {
    const out = place();
    folder(out, {
      "summary.json": readFileSync(join(countySmall, "expected", "summary.json"), "utf8"),
      "index.html": "old",
      "index.pdf": "old page's pdf",
      "budget.pdf": "mine",
      "draft.tmp": "mine",
      "chains/gone.html": "stale",
      ".index.html.4242.tmp": "left by a kill",
    });
    const tmp = stagingFolder(out);
    folder(tmp, { "summary.json": "new", "index.html": "new", "chains/bio.html": "new" });
    swapInto(tmp, out);
    expect(readdirSync(out).sort()).toEqual(
      [markerName, "budget.pdf", "chains", "draft.tmp", "index.html", "summary.json"].sort(),
    );
    expect(readdirSync(join(out, "chains"))).toEqual(["bio.html"]);
    expect(readFileSync(join(out, "budget.pdf"), "utf8")).toBe("mine");
  });

  it("after a kill between the two renames, puts the old reports back and clears the rest", () => {
    const out = place();
    const pid = deadPid();
    folder(`${out}.old-${pid}`, { "summary.json": "old" });
    folder(`${out}.tmp-${pid}`, { "summary.json": "half" });
    const notes = recoverOutput(out);
    expect(readFileSync(join(out, "summary.json"), "utf8")).toBe("old");
    expect(readdirSync(join(out, ".."))).toEqual(["reports"]);
    expect(notes.join("\n")).toContain("restored");
  });

  it("removes an unfinished folder of a dead run, and leaves a live run's alone", () => {
    const out = place();
    folder(out, { "summary.json": "current" });
    const dead = deadPid();
    folder(`${out}.tmp-${dead}`, { "summary.json": "half" });
    folder(`${out}.tmp-${process.pid}`, { "summary.json": "mine, running" });
    recoverOutput(out);
    expect(existsSync(`${out}.tmp-${dead}`)).toBe(false);
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(true);
    expect(readFileSync(join(out, "summary.json"), "utf8")).toBe("current");
  });

  it("does not touch folders that only look alike", () => {
    const out = place();
    folder(`${out}-2024`, { "summary.json": "other" });
    folder(`${out}.tmp-x`, { "summary.json": "other" });
    recoverOutput(out);
    expect(readdirSync(join(out, "..")).sort()).toEqual(["reports-2024", "reports.tmp-x"]);
  });
});
