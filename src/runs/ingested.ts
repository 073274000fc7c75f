import type { DuckDBConnection } from "@duckdb/node-api";
import type { RejectReason } from "../messages/rejects.ts";
import { queryRows, quoteIdent, quoteLiteral, tableExists } from "../warehouse/sql.ts";
import type { ScannedFile } from "../workspace/scan.ts";

/**
 * Ingest's memory between runs. `ingested_files` holds one row per input file the warehouse
 * holds rows or rejects of: where it came from, its content hash and the key it was read
 * under, and what reading it gave (format, sheets, rows read, or why it was set aside).
 * `demand_rows` and `rejects` keep their rows per file, so a refresh drops and reads again
 * only the files that changed; `input_files` is made from `ingested_files` each run.
 * Roster rows are never kept: they hold personal data (see README, "Nightly refresh").
 */
export async function ensureIngestTables(db: DuckDBConnection, fresh: boolean): Promise<void> {
  const create = fresh ? "create or replace table" : "create table if not exists";
  await db.run(`${create} ingested_files (file varchar, kind varchar,
    wave varchar, format varchar, encoding varchar, sheets varchar, rows_read integer,
    error varchar, sha256 varchar, bytes bigint, mtime timestamp, ingest_key varchar,
    read_by_run integer)`);
  await db.run(`${create} rejects (file varchar, sheet varchar,
    row_number integer, column_name varchar, value varchar, reason_code varchar, reason varchar)`);
}

/** The outcome of reading one file, as ingest records it. */
export interface ReadOutcome {
  file: ScannedFile;
  format: "csv" | "xlsx" | null;
  encoding: string | null;
  sheets: string[];
  rowsRead: number;
  /** Why the whole file was set aside, if it was. */
  error: RejectReason | null;
  /** False when the file changed while being read: its hash is not kept, so it is read again. */
  intact: boolean;
}

const literal = (value: string | null) => (value === null ? "null" : quoteLiteral(value));

/** A temporary one-column table of file names, to join against (a list may be long). */
async function fileList(db: DuckDBConnection, name: string, files: readonly string[]) {
  await db.run(`create or replace temp table ${quoteIdent(name)} (file varchar)`);
  for (let i = 0; i < files.length; i += 500) {
    const chunk = files.slice(i, i + 500).map((f) => `(${quoteLiteral(f)})`);
    await db.run(`insert into ${quoteIdent(name)} values ${chunk.join(", ")}`);
  }
}

/** Forgets the rows, rejects and records of files about to be read again or removed. */
export async function dropFiles(db: DuckDBConnection, files: readonly string[]): Promise<void> {
  await fileList(db, "ingest_drop", files);
  const tables = ["rejects", "ingested_files"];
  if (await tableExists(db, "demand_rows")) tables.push("demand_rows");
  for (const table of tables) {
    await db.run(`delete from ${table} where file in (select file from ingest_drop)`);
  }
  await db.run("drop table ingest_drop");
}

export async function recordRead(
  db: DuckDBConnection,
  outcomes: readonly ReadOutcome[],
  ingestKey: string,
  runId: number | null,
): Promise<void> {
  for (let i = 0; i < outcomes.length; i += 500) {
    const values = outcomes
      .slice(i, i + 500)
      .map((o) =>
        [
          literal(o.file.file),
          literal(o.file.kind),
          literal(o.file.wave),
          literal(o.format),
          literal(o.encoding),
          literal(o.sheets.join(";")),
          String(o.rowsRead),
          literal(o.error),
          literal(o.intact ? o.file.sha256 : null),
          String(o.file.bytes),
          `epoch_ms(${Math.trunc(o.file.mtimeMs)}::bigint)`,
          literal(ingestKey),
          runId === null ? "null" : String(runId),
        ].join(", "),
      );
    await db.run(`insert into ingested_files values (${values.join("), (")})`);
  }
}

/**
 * `input_files` from what each file gave when it was read; rows rejected are counted from
 * `rejects`, once however many checks a row failed.
 */
export async function writeInputFiles(db: DuckDBConnection): Promise<void> {
  await db.run(`create or replace table input_files as
    select f.file, f.kind, f.wave, f.format, f.encoding, nullif(f.sheets, '') as sheets,
      f.rows_read, (f.rows_read - coalesce(r.n, 0))::integer as rows_loaded,
      coalesce(r.n, 0)::integer as rows_rejected, f.error
    from ingested_files f
    left join (select file, count(distinct (sheet, row_number))::integer n from rejects
      where row_number is not null group by file) r on r.file = f.file
    order by f.file`);
}

/**
 * `demand_rows` as a full read would leave it: the kept rows of unchanged files (those of
 * files read again or removed went in dropFiles) and the rows just read (the query `fresh`),
 * in file, sheet and row order, so every later stage sees the same table whether the run read
 * everything or only what changed.
 */
export async function mergeKeptRows(
  db: DuckDBConnection,
  table: string,
  fresh: string,
  keepOld: boolean,
): Promise<void> {
  const kept = keepOld ? `select * from ${quoteIdent(table)} union all by name ` : "";
  await db.run(`create or replace table ${quoteIdent(table)} as
    select * from (${kept}${fresh}) order by file, sheet, row_number`);
}

/** Rejects in one order, whichever files were read this time. */
export async function sortRejects(db: DuckDBConnection): Promise<void> {
  await db.run(`create or replace table rejects as select * from rejects
    order by file, sheet nulls first, row_number nulls first, column_name nulls first, reason_code, value`);
}

/** How many files the given run read (for its history record). */
export async function filesReadBy(db: DuckDBConnection, runId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    "select count(*)::integer as n from ingested_files where read_by_run = $1",
    [runId],
  );
  return row?.n ?? 0;
}
