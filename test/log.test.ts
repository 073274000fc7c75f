import { describe, expect, it } from "vitest";
import { createLog } from "../src/log.ts";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, columns: 100, write: (text: string) => written.push(text) };
}

describe("the CLI's log", () => {
  it("writes plain lines when stderr is not a terminal, and no progress", () => {
    const s = stream(false);
    const log = createLog({ stream: s });
    log.progress?.("run", 0, 5, "ingest");
    log.progress?.("ingest", 1, 4, "surveys/2024H1/a.csv");
    log.stage("ingest", "4 files");
    log.warn("careful");
    log.event?.("run-end", { exitCode: 0 });
    expect(s.written.join("")).toBe("[ingest] 4 files\nwarning: careful\n");
  });

  it("draws a progress bar under the lines on a terminal, and clears it at the end", () => {
    const s = stream(true);
    const log = createLog({ stream: s });
    log.progress?.("run", 0, 5, "ingest");
    log.progress?.("ingest", 2, 4, "surveys/2024H1/a.csv");
    const bar = s.written.at(-1) ?? "";
    const clear = "\r\x1b[2K";
    expect(bar.startsWith(clear)).toBe(true);
    expect(bar.slice(clear.length)).toMatch(/^█+░+ +10% {2}ingest 2\/4 surveys\/2024H1\/a.csv$/);
    log.stage("ingest", "4 files");
    expect(s.written.join("")).toContain("\r\x1b[2K[ingest] 4 files\n");
    expect(s.written.at(-1)?.startsWith(`${clear}█`)).toBe(true); // redrawn under the line
    log.progress?.("run", 5, 5, "");
    expect(s.written.at(-1)).toBe("\r\x1b[2K");
  });

  it("writes one JSON object a line with --log json", () => {
    const s = stream(true);
    const log = createLog({
      format: "json",
      stream: s,
      now: () => new Date("2026-11-21T02:00:00Z"),
    });
    log.stage("gaps", "done");
    log.progress?.("ingest", 1, 2, "x");
    log.event?.("run-end", { outcome: "ok", exitCode: 0 });
    expect(s.written.map((line) => JSON.parse(line))).toEqual([
      { time: "2026-11-21T02:00:00.000Z", level: "stage", stage: "gaps", message: "done" },
      {
        time: "2026-11-21T02:00:00.000Z",
        level: "event",
        event: "run-end",
        outcome: "ok",
        exitCode: 0,
      },
    ]);
  });
});
