import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { openWarehouse } from "../src/warehouse/connect.ts";
import { checkAccounting, compareSplit, type Expected } from "./accounting.ts";
import type { IngestMeasure, RunMeasure } from "./child.ts";
import { DEMO_WORKSPACE, type Generated, generateWorkspaces } from "./generate.ts";
import type { Measured } from "./measure.ts";
import { type CliRun, cli, inChild } from "./spawn.ts";
import type { BenchRow } from "./table.ts";
import { checkTarget, LIMITS, maxTarget, minTarget, ratioTarget, type Target } from "./targets.ts";

export interface BenchOptions {
  dir: string;
  seed: number;
  people: number;
  demand: number;
  xlsxRows: number;
  skipXlsx: boolean;
  skipGb18030: boolean;
  /** No split-roster run (it doubles the scale run's time). */
  skipSplit?: boolean;
  /** Keep the runs' outputs and warehouses (runs/ in dir); the inputs are always kept. */
  keep: boolean;
  log?: (line: string) => void;
}

export interface BenchResult {
  rows: BenchRow[];
  targets: Target[];
  /** Accounting and consistency errors: any makes the benchmark fail. */
  failures: string[];
  notes: string[];
  generated: Generated;
}

type Reference = { seconds: number; name: string } | null;

/** How many times a short step (a baseline, a no-change refresh) is timed; the fastest counts. */
const REPEAT = 3;

/**
 * Every step runs in a process of its own (bench/child.ts), so each peak memory is the
 * step's. The scale, split and demo workspaces are run as `talentmap run` runs them; the
 * no-change refreshes through the CLI itself, timed from outside.
 */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const rows: BenchRow[] = [];
  const targets: Target[] = [];
  const failures: string[] = [];
  const accounting: string[] = [];
  const notes: string[] = [];
  const row = (
    stage: string,
    m: { seconds: number; maxRssMb: number; stepPeakMb: number },
    count: number | null,
    reference: Reference,
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
    split: options.skipSplit !== true,
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
  // Short steps are timed three times and the fastest kept: on a shared machine a single run
  // mostly measures the neighbours.
  const baseline = async (files: string[]) => {
    const tries: Measured<number>[] = [];
    for (let i = 0; i < REPEAT; i++) tries.push(await inChild({ kind: "baseline", files }));
    return tries.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  };

  log("DuckDB read_csv baselines (best of 3)…");
  const rosterBase = await baseline([rosterFile]);
  row("read_csv roster (baseline, best of 3)", rosterBase, rosterBase.value, null);
  const demandBase = await baseline(demandFiles);
  row("read_csv demand (baseline, best of 3)", demandBase, demandBase.value, null);
  const allCsv = { seconds: rosterBase.seconds + demandBase.seconds, name: "read_csv all" };

  const runs = join(options.dir, "runs");
  const paths = (label: string, data: string) => ({
    data,
    out: join(runs, label),
    db: join(runs, `${label}.duckdb`),
  });
  /** A whole run as `talentmap run` does it, then its row accounting and summary.json. */
  const wholeRun = async (label: string, data: string, expected: readonly Expected[]) => {
    const p = paths(label, data);
    for (const path of [p.out, p.db, `${p.db}.wal`]) rmSync(path, { recursive: true, force: true });
    log(`${label}: talentmap run…`);
    const run = await inChild<RunMeasure>({ kind: "run", command: "run", ...p });
    const warehouse = await openWarehouse(p.db);
    let rowsRead = 0;
    try {
      accounting.push(...(await checkAccounting(warehouse.connection, label, expected)));
      const reader = await warehouse.connection.runAndReadAll(
        "select coalesce(sum(rows_read), 0)::bigint from input_files",
      );
      rowsRead = Number(reader.getRows()[0]?.[0] ?? 0);
    } finally {
      warehouse.close();
    }
    const summary = JSON.parse(readFileSync(join(p.out, "summary.json"), "utf8")) as Record<
      string,
      unknown
    >;
    return { run, rowsRead, summary, paths: p };
  };
  /** A refresh right after a run, which must find nothing to do. */
  const noChangeRefresh = async (label: string, p: ReturnType<typeof paths>): Promise<CliRun> => {
    log(`${label}: talentmap refresh (nothing changed)…`);
    const tries: CliRun[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const refresh = await cli("refresh", p);
      if (refresh.outcome !== "unchanged")
        failures.push(`${label}: a refresh after the run did work (outcome ${refresh.outcome})`);
      tries.push(refresh);
    }
    notes.push(
      `${label}: no-change refresh, wall ${tries.map((t) => t.wallSeconds.toFixed(2)).join(" / ")} s, of which the run's own work ${tries.map((t) => t.workSeconds?.toFixed(2) ?? "?").join(" / ")} s`,
    );
    return tries.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
  };

  const whole = await wholeRun("scale", scale.dir, scale.files);
  for (const s of whole.run.stages) row(s.name, s, whole.rowsRead, allCsv);
  const total = {
    ...whole.run,
    stepPeakMb: Math.max(...whole.run.stages.map((s) => s.stepPeakMb)),
  };
  row("total (scale run)", total, whole.rowsRead, allCsv);
  targets.push(
    ratioTarget(
      `run, ${scale.people} roster + ${scale.demand} demand rows (UTF-8 CSV)`,
      whole.run.seconds,
      allCsv.seconds,
      LIMITS.runRatio,
    ),
    maxTarget("run, peak resident memory", whole.run.maxRssMb, LIMITS.peakRssMb, "MB"),
  );
  const scaleRefresh = await noChangeRefresh("scale", whole.paths);
  row(
    "refresh, nothing changed (scale, CLI wall, best of 3)",
    refreshMeasure(scaleRefresh),
    null,
    null,
  );

  const split = generated.split;
  if (split !== null) {
    const parts = await wholeRun("split", split.dir, split.files);
    row("total (split roster run)", { ...parts.run, stepPeakMb: 0 }, parts.rowsRead, allCsv);
    const problems = compareSplit(whole.summary, parts.summary);
    failures.push(...problems);
    targets.push(
      checkTarget(
        "roster split in two files: same summary figures",
        problems,
        "people, chains, supply, demand and gaps equal",
      ),
    );
  }

  const ingestOnly = async (label: string, workspace: string, expected: readonly Expected[]) => {
    const out = join(runs, label);
    log(`${label}: ingest…`);
    const m = await inChild<IngestMeasure>({
      kind: "ingest",
      workspace,
      out,
      label,
      expected: [...expected],
    });
    accounting.push(...m.failures);
    return m;
  };

  const xlsx = generated.xlsx;
  const half = generated.xlsxHalf;
  if (xlsx !== null && half !== null) {
    const base = await baseline([xlsx.baselineCsv]);
    row("read_csv xlsx rows as CSV (baseline)", base, base.value, null);
    const full = await ingestOnly("xlsx", xlsx.dir, xlsx.files);
    row("ingest xlsx", full.ingest, full.rowsRead, { seconds: base.seconds, name: "read_csv" });
    const halfRun = await ingestOnly("xlsx-half", half.dir, half.files);
    row("ingest xlsx, half the rows", halfRun.ingest, halfRun.rowsRead, null);
    targets.push(
      minTarget(
        `xlsx ingest, ${full.rowsRead} rows`,
        full.rowsRead / full.ingest.seconds,
        LIMITS.xlsxRowsPerSecond,
        "rows/s",
      ),
      {
        name: "xlsx ingest, JavaScript memory against half the rows",
        measured: `${mbText(full.ingest.heapPeakMb)} vs ${mbText(halfRun.ingest.heapPeakMb)} (process: ${mbText(full.ingest.maxRssMb)} vs ${mbText(halfRun.ingest.maxRssMb)}, DuckDB holding the rows)`,
        limit: `≤ ${LIMITS.xlsxMemoryGrowth}×`,
        pass: full.ingest.heapPeakMb <= LIMITS.xlsxMemoryGrowth * halfRun.ingest.heapPeakMb,
      },
    );
  }

  const gb = generated.gb18030;
  if (gb !== null) {
    const base = await baseline(gb.utf8.files.map((f) => join(gb.utf8.dir, f.file)));
    row("read_csv 2024H1 demand (baseline)", base, base.value, null);
    const utf8 = await ingestOnly("utf8-h1", gb.utf8.dir, gb.utf8.files);
    row("ingest utf-8 2024H1", utf8.ingest, utf8.rowsRead, {
      seconds: base.seconds,
      name: "read_csv",
    });
    const run = await ingestOnly("gb18030", gb.dir, gb.files);
    const reference = { seconds: utf8.ingest.seconds, name: "utf-8 ingest" };
    row("ingest gb18030 2024H1", run.ingest, run.rowsRead, reference);
    targets.push(
      ratioTarget(
        "GB18030 ingest against the same rows in UTF-8",
        run.ingest.seconds,
        utf8.ingest.seconds,
        LIMITS.gb18030Ratio,
      ),
    );
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
  const county = await wholeRun(
    "demo",
    demo,
    manifest.files.map((f) => ({ file: f.file, rows: f.rowsRead, bad: f.rowsBad })),
  );
  for (const s of county.run.stages) row(`demo ${s.name}`, s, county.rowsRead, null);
  row("demo total", { ...county.run, stepPeakMb: 0 }, county.rowsRead, null);
  const demoRefresh = await noChangeRefresh("demo", county.paths);
  row(
    "refresh, nothing changed (demo, CLI wall, best of 3)",
    refreshMeasure(demoRefresh),
    null,
    null,
  );
  targets.push(
    maxTarget(
      "demo workspace end to end (report included)",
      county.run.seconds,
      LIMITS.demoSeconds,
      "s",
    ),
    maxTarget(
      "no-change refresh, demo (node bin/talentmap.js, wall)",
      demoRefresh.wallSeconds,
      LIMITS.refreshSeconds,
      "s",
    ),
    maxTarget(
      "no-change refresh, scale workspace (wall)",
      scaleRefresh.wallSeconds,
      LIMITS.refreshSeconds,
      "s",
    ),
  );
  targets.push(
    checkTarget("row accounting (read = loaded + rejected = planted)", accounting, "every file"),
  );
  failures.push(...accounting);

  if (!options.keep && existsSync(runs)) rmSync(runs, { recursive: true, force: true });
  return { rows, targets, failures, notes, generated };
}

const mbText = (mb: number) => `${mb.toFixed(0)} MB`;

/** A CLI run as a table row: its wall time; its memory is not measured from outside. */
function refreshMeasure(run: CliRun) {
  return { seconds: run.wallSeconds, maxRssMb: 0, stepPeakMb: 0 };
}
