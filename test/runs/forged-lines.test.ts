import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLog } from "../../src/log.ts";
import { escapeControls } from "../../src/text/escape.ts";
import { talentmapIn } from "../helpers/cli.ts";
import { countySmallInput, placeIn, scratchDir } from "../helpers/workspace.ts";

/**
 * A file name is the user's text: one with a newline, a carriage return or a terminal escape
 * sequence must not add or hide a line in any log, nor in `status`.
 */
const scratch = scratchDir("forged");
const forged = "a\n[report] done.csv";
const colored = "b\x1b[31mred\r.csv";

/** Whether the text holds a control character other than the newlines that end its lines. */
const hasControls = (text: string) =>
  escapeControls(text.replaceAll("\n", "")) !== text.replaceAll("\n", "");

function stream() {
  const written: string[] = [];
  return { written, isTTY: false, write: (text: string) => written.push(text) };
}

describe("control characters in file names", () => {
  it("are escaped in the text log, the terminal log and the JSON log", () => {
    for (const format of ["text", "json"] as const) {
      const s = stream();
      const log = createLog({ format, stream: s });
      log.warn(`surveys/2024H1/${forged}: 文件为空`);
      log.stage("ingest", `1 file: ${colored}`);
      log.info("x\u2028y\u009b31m");
      const text = s.written.join("");
      expect(text.split("\n").filter(Boolean)).toHaveLength(3);
      expect(text).not.toMatch(/^\[report\]/m);
      expect(hasControls(text)).toBe(false);
      if (format === "json") {
        const [first] = text.split("\n").map((line) => line && JSON.parse(line));
        expect(first.message).toBe(`surveys/2024H1/${forged}: 文件为空`); // the same value
      } else {
        expect(text).toContain("warning: surveys/2024H1/a\\n[report] done.csv: 文件为空\n");
        expect(text).toContain("b\\x1b[31mred\\r.csv");
      }
    }
    const tty = { ...stream(), isTTY: true, columns: 100 };
    const log = createLog({ stream: tty });
    log.progress?.("run", 0, 5, "ingest");
    log.progress?.("ingest", 1, 2, forged);
    log.warn(forged);
    const text = tty.written.join("");
    expect(text).not.toContain("\n[report]");
    expect(text).toContain("a\\n[report] done.csv");
  });

  it("forge no line in a run's log nor in status", () => {
    const p = placeIn(join(scratch, "run"));
    cpSync(countySmallInput, p.data, { recursive: true });
    // Not a survey: set aside whole, with a warning naming the file.
    writeFileSync(join(p.data, "surveys", "2024H1", forged), "not,a,survey\n");
    writeFileSync(join(p.data, "surveys", "2024H1", colored), "x");
    const run = talentmapIn(scratch, "run", "--data", p.data, "--out", p.out);
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toContain("a\\n[report] done.csv");
    expect(run.stderr).not.toMatch(/^\[report\] done\.csv/m);
    expect(hasControls(run.stderr)).toBe(false);

    const status = talentmapIn(scratch, "status", "--data", p.data, "--out", p.out);
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toContain("a\\n[report] done.csv");
    expect(status.stdout).not.toMatch(/^\[report\] done\.csv/m);
    expect(hasControls(status.stdout)).toBe(false);
    const json = talentmapIn(scratch, "status", "--data", p.data, "--out", p.out, "--json");
    const files = JSON.parse(json.stdout).runs[0].changes.map((c: { file: string }) => c.file);
    expect(files).toContain(`surveys/2024H1/${forged}`);
  }, 60_000);
});
