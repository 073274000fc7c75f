import { cpSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { stages } from "../pipelines/pipeline.ts";
import type { Stage } from "../pipelines/stage.ts";
import type { Warehouse } from "../src/warehouse/connect.ts";
import { DEMO_WORKSPACE, type FileFacts, type Generated, generateWorkspaces } from "./generate.ts";
import { type Measured, type PipelineRun, readCsvBaseline, timePipeline } from "./measure.ts";
import type { BenchRow } from "./table.ts";

export interface BenchOptions {
  dir: string;
  seed: number;
  people: number;
  demand: number;
  xlsxRows: number;
  skipXlsx: boolean;
  skipGb18030: boolean;
  /** Keep the runs' outputs and warehouses (runs/ in dir); the inputs are always kept. */
  keep: boolean;
  log?: (line: string) => void;
}

export interface BenchResult {
  rows: BenchRow[];
  /** Accounting errors: any makes the benchmark fail. */
  failures: string[];
  notes: string[];
  generated: Generated;
}

type Expected = Pick<FileFacts, "file" | "rows" | "bad">;

const ingest = stages.find((stage) => stage.name === "ingest") as Stage;

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  const notes: string[] = [];
  const row = (
    stage: string,
    m: Measured<unknown>,
    count: number | null,
    reference: { seconds: number; name: string } | null,
  ) => {
    rows.push({
      stage,
      rows: count,
      seconds: m.seconds,
      rowsPerSecond: count === null || m.seconds === 0 ? null : count / m.seconds,
      ratio: reference === null ? null : m.seconds / reference.seconds,
      ratioTo: reference?.name ?? null,
      maxRssMb: m.maxRssMb,
      stepPeakMb: m.stepPeakMb,
    });
  };

  const started = performance.now();
  const generated = generateWorkspaces({
    dir: options.dir,
    seed: options.seed,
    people: options.people,
    demand: options.demand,
    xlsxRows: options.skipXlsx ? null : options.xlsxRows,
    gb18030: !options.skipGb18030,
    log,
  });
  notes.push(
    `inputs ready in ${((performance.now() - started) / 1000).toFixed(1)} s (generated or reused) under ${options.dir}`,
    ...generated.notes,
  );
  const { scale } = generated;
  const [rosterFile, ...demandFiles] = scale.files.map((f) => join(scale.dir, f.file)) as [
    string,
    ...string[],
  ];

  log("DuckDB read_csv baselines…");
  const rosterBase = await readCsvBaseline([rosterFile]);
  row("read_csv roster (baseline)", rosterBase, rosterBase.value, null);
  const demandBase = await readCsvBaseline(demandFiles);
  row("read_csv demand (baseline)", demandBase, demandBase.value, null);
  const allCsv = { seconds: rosterBase.seconds + demandBase.seconds, name: "read_csv all" };

  const runs = join(options.dir, "runs");
  const pipeline = async (
    label: string,
    workspace: string,
    only: readonly Stage[],
    expected: readonly Expected[],
  ): Promise<PipelineRun> => {
    const run = await timePipeline({
      workspace,
      out: join(runs, label),
      stages: only,
      check: (db) => checkAccounting(db, label, expected),
      onStage: (name) => log(`${label}: ${name}…`),
    });
    failures.push(...run.failures);
    return run;
  };

  const full = await pipeline("scale", scale.dir, stages, scale.files);
  for (const { name, measured } of full.stages) row(name, measured, full.rowsRead, allCsv);
  row("total (scale run)", full.total, full.rowsRead, allCsv);

  const xlsx = generated.xlsx;
  if (xlsx !== null) {
    const base = await readCsvBaseline([xlsx.baselineCsv]);
    row("read_csv xlsx rows as CSV (baseline)", base, base.value, null);
    const run = await pipeline("xlsx", xlsx.dir, [ingest], xlsx.files);
    row("ingest xlsx", firstStage(run), run.rowsRead, { seconds: base.seconds, name: "read_csv" });
  }

  const gb = generated.gb18030;
  if (gb !== null) {
    const base = await readCsvBaseline(gb.utf8.files.map((f) => join(gb.utf8.dir, f.file)));
    row("read_csv 2024H1 demand (baseline)", base, base.value, null);
    const utf8 = await pipeline("utf8-h1", gb.utf8.dir, [ingest], gb.utf8.files);
    const utf8Ingest = firstStage(utf8);
    row("ingest utf-8 2024H1", utf8Ingest, utf8.rowsRead, {
      seconds: base.seconds,
      name: "read_csv",
    });
    const run = await pipeline("gb18030", gb.dir, [ingest], gb.files);
    row("ingest gb18030 2024H1", firstStage(run), run.rowsRead, {
      seconds: utf8Ingest.seconds,
      name: "utf-8 ingest",
    });
  }

  // The committed demo county, end to end, on a copy: a run writes its secret into the workspace.
  const demo = join(runs, "demo-workspace");
  rmSync(demo, { recursive: true, force: true });
  cpSync(DEMO_WORKSPACE, demo, {
    recursive: true,
    filter: (source) => basename(source) !== ".talentmap",
  });
  const manifest = JSON.parse(readFileSync(join(demo, "expected.json"), "utf8")) as {
    files: { file: string; rowsRead: number; rowsBad: number }[];
  };
  const county = await pipeline(
    "demo",
    demo,
    stages,
    manifest.files.map((f) => ({ file: f.file, rows: f.rowsRead, bad: f.rowsBad })),
  );
  for (const { name, measured } of county.stages)
    row(`demo ${name}`, measured, county.rowsRead, null);
  row("demo total", county.total, county.rowsRead, null);

  if (!options.keep) rmSync(runs, { recursive: true, force: true });
  return { rows, failures, notes, generated };
}

function firstStage(run: PipelineRun): Measured<void> {
  const first = run.stages[0];
  if (first === undefined) throw new Error("the run had no stage");
  return first.measured;
}

/**
 * Every input file is accounted for: read = loaded + rejected, loaded = its rows in
 * demand_rows / roster_rows, and both match what the generator planted.
 */
export async function checkAccounting(
  db: Warehouse["connection"],
  label: string,
  expected: readonly Expected[],
): Promise<string[]> {
  const reader = await db.runAndReadAll(`
    select f.file, f.error, f.rows_read::integer rows_read, f.rows_loaded::integer rows_loaded,
      f.rows_rejected::integer rows_rejected, (coalesce(d.n, 0) + coalesce(r.n, 0))::integer in_tables
    from input_files f
    left join (select file, count(*) n from demand_rows group by file) d using (file)
    left join (select file, count(*) n from roster_rows group by file) r using (file)
    order by f.file`);
  const actual = reader.getRowObjectsJS() as {
    file: string;
    error: string | null;
    rows_read: number;
    rows_loaded: number;
    rows_rejected: number;
    in_tables: number;
  }[];
  const failures: string[] = [];
  const fail = (file: string, problem: string) => failures.push(`${label}: ${file}: ${problem}`);
  for (const f of actual) {
    if (f.error !== null) fail(f.file, `set aside whole (${f.error})`);
    if (f.rows_read !== f.rows_loaded + f.rows_rejected)
      fail(
        f.file,
        `rows_read ${f.rows_read} ≠ rows_loaded ${f.rows_loaded} + rows_rejected ${f.rows_rejected}`,
      );
    if (f.rows_loaded !== f.in_tables)
      fail(
        f.file,
        `rows_loaded ${f.rows_loaded} but ${f.in_tables} rows in demand_rows/roster_rows`,
      );
    const planted = expected.find((e) => e.file === f.file);
    if (planted === undefined) {
      fail(f.file, "not a generated file");
      continue;
    }
    if (f.rows_read !== planted.rows)
      fail(f.file, `rows_read ${f.rows_read}, planted ${planted.rows}`);
    if (f.rows_rejected !== planted.bad)
      fail(f.file, `rows_rejected ${f.rows_rejected}, planted bad ${planted.bad}`);
  }
  for (const e of expected) {
    if (!actual.some((f) => f.file === e.file)) fail(e.file, "missing from input_files");
  }
  return failures;
}
