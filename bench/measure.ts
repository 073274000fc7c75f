import { mkdirSync, rmSync } from "node:fs";
import { runStage } from "../pipelines/stage.ts";
import type { Context } from "../src/context.ts";
import { memoryLog } from "../src/log.ts";
import { openWarehouse, type Warehouse } from "../src/warehouse/connect.ts";
import { quoteLiteral } from "../src/warehouse/sql.ts";
import { loadWorkspace } from "../src/workspace/load.ts";

/** Time and memory of one measured step. */
export interface Measured<T> {
  value: T;
  seconds: number;
  /** The process's peak resident set so far (getrusage), in MB. */
  maxRssMb: number;
  /** The highest resident set sampled during the step (every 100 ms), in MB. */
  stepPeakMb: number;
  /**
   * The highest JavaScript memory sampled during the step (V8's heap in use and the buffers
   * outside it), in MB: what a reader holds, apart from the rows DuckDB keeps.
   */
  heapPeakMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * Runs `fn`, sampling the resident set every 100 ms. Samples are taken only while the event
 * loop is free (DuckDB works off the main thread; long synchronous JavaScript is seen at its
 * ends), so the step's peak may be under the true one; maxRssMb never is.
 */
export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  let peak = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    heap = Math.max(heap, usage.heapUsed + usage.external);
  };
  sample();
  const timer = setInterval(sample, 100);
  timer.unref();
  const started = performance.now();
  try {
    const value = await fn();
    const seconds = (performance.now() - started) / 1000;
    sample();
    return {
      value,
      seconds,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      stepPeakMb: mb(peak),
      heapPeakMb: mb(heap),
    };
  } finally {
    clearInterval(timer);
  }
}

/**
 * DuckDB's own floor for reading the same files: every column as text into a table, in a
 * fresh in-memory instance with DuckDB's defaults (all threads, its own memory limit, the
 * parallel scanner, header and dialect detected).
 */
export async function readCsvBaseline(files: readonly string[]): Promise<Measured<number>> {
  const warehouse = await openWarehouse(":memory:", { memoryLimit: null });
  try {
    const list = `[${files.map(quoteLiteral).join(", ")}]`;
    return await measure(async () => {
      await warehouse.connection.run(
        `create table baseline as select * from read_csv(${list}, all_varchar = true, header = true)`,
      );
      const reader = await warehouse.connection.runAndReadAll("select count(*) from baseline");
      return Number(reader.getRows()[0]?.[0] ?? 0);
    });
  } finally {
    warehouse.close();
  }
}

export interface IngestMeasure {
  ingest: Measured<void>;
  /** Sum of rows_read over the workspace's input files. */
  rowsRead: number;
  /** Problems found by `check` right after the stage. */
  failures: string[];
}

/**
 * Runs the ingest stage alone over a workspace as `talentmap run` does (file warehouse beside
 * the output folder), with a silent log; then, untimed, `check` while roster_rows exists.
 */
export async function timeIngest(options: {
  workspace: string;
  out: string;
  check: (db: Warehouse["connection"]) => Promise<string[]>;
}): Promise<IngestMeasure> {
  // Loaded when needed, as executeRun loads the stages: the baseline step does not hold them.
  const { ingest } = await import("../pipelines/ingest.ts");
  const dbPath = `${options.out}.duckdb`;
  for (const path of [options.out, dbPath, `${dbPath}.wal`])
    rmSync(path, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const warehouse = await openWarehouse(dbPath);
  try {
    const ctx: Context = {
      db: warehouse.connection,
      log: memoryLog(),
      now: () => new Date(),
      workspace: loadWorkspace(options.workspace),
      out: options.out,
      lang: "zh",
    };
    const measured = await measure(() => runStage(ingest, ctx).then(() => {}));
    const failures = await options.check(ctx.db);
    const reader = await ctx.db.runAndReadAll(
      "select coalesce(sum(rows_read), 0)::bigint from input_files",
    );
    return { ingest: measured, rowsRead: Number(reader.getRows()[0]?.[0] ?? 0), failures };
  } finally {
    warehouse.close();
  }
}
