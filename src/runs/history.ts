import type { DuckDBConnection } from "@duckdb/node-api";
import { inTransaction, queryRows, tableExists } from "../warehouse/sql.ts";
import type { FileChange } from "./changes.ts";

/**
 * What became of a run: `ok` (every row loaded), `rejects` (completed, rows or files set
 * aside), `unchanged` (a refresh that found nothing to do and left the reports as they were),
 * `failed` (an error; the old reports stay), `interrupted` (killed: found still `running` by
 * the next run), `running`.
 */
export type Outcome = "running" | "ok" | "rejects" | "unchanged" | "failed" | "interrupted";

export interface StageTime {
  readonly name: string;
  readonly seconds: number;
}

/** One row of the `runs` table. */
export interface RunRecord {
  run_id: number;
  command: string;
  started_at: string;
  ended_at: string | null;
  outcome: Outcome;
  exit_code: number | null;
  pid: number;
  host: string;
  fingerprint: string;
  out: string;
  /** JSON: sha256 of chains.json, talentmap.json, aliases.csv as the run found them. */
  settings: string | null;
  files: number;
  files_read: number | null;
  files_added: number;
  files_changed: number;
  files_removed: number;
  rows_read: number | null;
  rows_loaded: number | null;
  rows_rejected: number | null;
  rejects: number | null;
  files_set_aside: number | null;
  seconds: number | null;
  stages: StageTime[];
  error: string | null;
}

/** Creates the history tables of a warehouse if they are missing (they are never dropped). */
export async function ensureHistory(db: DuckDBConnection): Promise<void> {
  await db.run(`create table if not exists runs (run_id integer primary key, command varchar,
    started_at timestamp, ended_at timestamp, outcome varchar, exit_code integer, pid integer,
    host varchar, fingerprint varchar, out varchar, files integer, files_read integer,
    files_added integer, files_changed integer, files_removed integer, rows_read integer,
    rows_loaded integer, rows_rejected integer, rejects integer, files_set_aside integer,
    seconds double, stages varchar, error varchar, settings varchar)`);
  // Columns added since the table was first made.
  await db.run("alter table runs add column if not exists settings varchar");
  await db.run(`create table if not exists run_files (run_id integer, file varchar,
    change varchar, kind varchar, wave varchar)`);
}

/**
 * Runs still marked `running` when a new run holds the workspace's lock were killed (the
 * lock's holder is gone): they become `interrupted`.
 */
export async function markInterrupted(db: DuckDBConnection): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    "update runs set outcome = 'interrupted' where outcome = 'running' returning 1 as n",
  );
  return rows.length;
}

export async function startRun(
  db: DuckDBConnection,
  run: {
    command: string;
    startedAt: Date;
    pid: number;
    host: string;
    fingerprint: string;
    out: string;
    settings: Readonly<Record<string, string | null>>;
    files: number;
    changes: readonly FileChange[];
  },
): Promise<number> {
  return inTransaction(db, async () => {
    const [next] = await queryRows<{ id: number }>(
      db,
      "select (coalesce(max(run_id), 0) + 1)::integer as id from runs",
    );
    const id = next?.id ?? 1;
    const count = (change: FileChange["change"]) =>
      run.changes.filter((c) => c.change === change).length;
    await db.run(
      `insert into runs (run_id, command, started_at, outcome, pid, host, fingerprint, out, files,
        files_added, files_changed, files_removed, stages, settings)
       values ($1, $2, $3::timestamp, 'running', $4, $5, $6, $7, $8, $9, $10, $11, '[]', $12)`,
      [
        id,
        run.command,
        run.startedAt.toISOString(),
        run.pid,
        run.host,
        run.fingerprint,
        run.out,
        run.files,
        count("added"),
        count("changed"),
        count("removed"),
        JSON.stringify(run.settings),
      ],
    );
    // A first run finds every file added: appended in bulk, not an INSERT a file.
    const appender = await db.createAppender("run_files");
    try {
      for (const c of run.changes) {
        appender.appendInteger(id);
        appender.appendVarchar(c.file);
        appender.appendVarchar(c.change);
        appender.appendVarchar(c.kind);
        if (c.wave === null) appender.appendNull();
        else appender.appendVarchar(c.wave);
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    return id;
  });
}

export interface RunEnd {
  outcome: Exclude<Outcome, "running" | "interrupted">;
  exitCode: number;
  endedAt: Date;
  seconds: number;
  stages: readonly StageTime[];
  filesRead: number | null;
  error: string | null;
  /** For an unchanged refresh, the run that wrote the reports it keeps: its counts are copied. */
  kept?: number;
}

/**
 * Closes a run's record. Row counts come from the warehouse as the run left it
 * (`input_files`, `rejects`); for an unchanged refresh, from the run that wrote the reports.
 */
export async function finishRun(db: DuckDBConnection, runId: number, end: RunEnd): Promise<void> {
  const [counts] =
    end.kept !== undefined
      ? await queryRows<Record<string, number>>(
          db,
          `select rows_read, rows_loaded, rows_rejected, rejects, files_set_aside
           from runs where run_id = $1`,
          [end.kept],
        )
      : end.outcome !== "failed" && (await tableExists(db, "input_files"))
        ? await queryRows<Record<string, number>>(
            db,
            `select coalesce(sum(rows_read), 0)::integer as rows_read,
             coalesce(sum(rows_loaded), 0)::integer as rows_loaded,
             coalesce(sum(rows_rejected), 0)::integer as rows_rejected,
             (select count(*)::integer from rejects) as rejects,
             count(error)::integer as files_set_aside
           from input_files`,
          )
        : [];
  await db.run(
    `update runs set ended_at = $1::timestamp, outcome = $2, exit_code = $3, seconds = $4,
       stages = $5, files_read = $6, error = $7, rows_read = $8, rows_loaded = $9,
       rows_rejected = $10, rejects = $11, files_set_aside = $12
     where run_id = $13`,
    [
      end.endedAt.toISOString(),
      end.outcome,
      end.exitCode,
      end.seconds,
      JSON.stringify(end.stages),
      end.filesRead,
      end.error,
      counts?.rows_read ?? null,
      counts?.rows_loaded ?? null,
      counts?.rows_rejected ?? null,
      counts?.rejects ?? null,
      counts?.files_set_aside ?? null,
      runId,
    ],
  );
}

/** A run that left good reports: the last one that wrote them, or found nothing to do. */
export interface GoodRun {
  run_id: number;
  fingerprint: string;
  out: string;
  settings: string | null;
  /** The run that wrote the reports now in place, and how many rejects they list. */
  wrote: number;
  wrote_rejects: number | null;
}

/** The last run that wrote the reports or kept them (its fingerprint says for which inputs). */
export async function lastGood(db: DuckDBConnection): Promise<GoodRun | null> {
  const rows = await queryRows<GoodRun & Record<string, unknown>>(
    db,
    `select runs.run_id, fingerprint, out, settings,
       w.run_id as wrote, w.rejects as wrote_rejects
     from runs, (select run_id, rejects from runs where outcome in ('ok', 'rejects')
       order by run_id desc limit 1) w where outcome in ('ok', 'rejects', 'unchanged')
     order by run_id desc limit 1`,
  );
  return rows[0] ?? null;
}

/** The most recent runs, newest first. */
export async function recentRuns(db: DuckDBConnection, limit: number): Promise<RunRecord[]> {
  const rows = await queryRows<Omit<RunRecord, "stages"> & { stages: string | null }>(
    db,
    `select * replace (strftime(started_at, '%Y-%m-%dT%H:%M:%SZ') as started_at,
        strftime(ended_at, '%Y-%m-%dT%H:%M:%SZ') as ended_at)
     from runs order by run_id desc limit $1`,
    [limit],
  );
  return rows.map((r) => ({ ...r, stages: JSON.parse(r.stages ?? "[]") as StageTime[] }));
}

/** The files a run found added, changed or removed. */
export async function runFiles(db: DuckDBConnection, runId: number): Promise<FileChange[]> {
  return queryRows<FileChange & Record<string, unknown>>(
    db,
    "select file, change, kind, wave from run_files where run_id = $1 order by file",
    [runId],
  );
}
