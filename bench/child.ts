/**
 * One measured step of the benchmark, in a process of its own so that its peak memory is its
 * own (the benchmark's parent holds generated rows, other steps' DuckDB instances and the
 * baselines' tables). The request is JSON in argv[2]; the result is one JSON line on stdout.
 *
 *   baseline  DuckDB's read_csv of files (DuckDB's defaults), see readCsvBaseline
 *   run       `talentmap run` or `refresh` as the CLI runs it (lock, history, output swap),
 *             each stage's seconds and the process's memory when it ended
 *   ingest    the ingest stage alone on a workspace, with the row accounting checked after it
 */

import { app } from "../pipelines/app.ts";
import { executeRun } from "../src/runs/execute.ts";
import { checkAccounting, type Expected } from "./accounting.ts";
import { readCsvBaseline, timeIngest } from "./measure.ts";

export type { IngestMeasure } from "./measure.ts";

export type ChildRequest =
  | { kind: "baseline"; files: string[] }
  | { kind: "run"; command: "run" | "refresh"; data: string; out: string; db: string }
  | { kind: "ingest"; workspace: string; out: string; label: string; expected: Expected[] };

export interface StageMeasure {
  name: string;
  seconds: number;
  /** The process's peak resident set when the stage ended, MB. */
  maxRssMb: number;
  /** The highest resident set sampled during the stage (every 100 ms), MB. */
  stepPeakMb: number;
}

export interface RunMeasure {
  seconds: number;
  outcome: string;
  stages: StageMeasure[];
  maxRssMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

/** Runs executeRun with a log that notes, stage by stage, the memory used. */
async function measureRun(request: Extract<ChildRequest, { kind: "run" }>): Promise<RunMeasure> {
  const memory = new Map<string, Omit<StageMeasure, "name" | "seconds">>();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  timer.unref();
  const quiet = () => {};
  try {
    const result = await executeRun({
      app,
      command: request.command,
      data: request.data,
      out: request.out,
      db: request.db,
      lang: "zh",
      pdf: false,
      rejectsOk: true,
      log: {
        stage(name, detail) {
          if (!detail.startsWith("done in")) return;
          peak = Math.max(peak, process.memoryUsage().rss);
          memory.set(name, { maxRssMb: maxRssMb(), stepPeakMb: mb(peak) });
        },
        info: quiet,
        warn: quiet,
        event(name) {
          if (name === "stage-start") peak = process.memoryUsage().rss;
        },
      },
    });
    return {
      seconds: result.seconds,
      outcome: result.outcome,
      stages: result.stages.map((s) => ({
        name: s.name,
        seconds: s.seconds,
        ...(memory.get(s.name) ?? { maxRssMb: maxRssMb(), stepPeakMb: 0 }),
      })),
      maxRssMb: maxRssMb(),
    };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? "null") as ChildRequest;
  const result =
    request.kind === "baseline"
      ? await readCsvBaseline(request.files)
      : request.kind === "run"
        ? await measureRun(request)
        : await timeIngest({
            workspace: request.workspace,
            out: request.out,
            check: (db) => checkAccounting(db, request.label, request.expected),
          });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
