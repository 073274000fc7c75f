import type { DuckDBConnection } from "@duckdb/node-api";
import { tableExists } from "../src/warehouse/sql.ts";
import type { FileFacts } from "./generate.ts";

export type Expected = Pick<FileFacts, "file" | "rows" | "bad">;

/**
 * Every input file is accounted for: read = loaded + rejected, loaded = its rows in the
 * warehouse, and both match what the generator planted. A file's loaded rows are counted in
 * demand_rows and, for rosters, in roster_rows while it exists (right after ingest) or else
 * person_facets (one row per loaded roster row, after a whole run).
 */
export async function checkAccounting(
  db: DuckDBConnection,
  label: string,
  expected: readonly Expected[],
): Promise<string[]> {
  const rosterTable = (await tableExists(db, "person_facets"))
    ? "person_facets"
    : (await tableExists(db, "roster_rows"))
      ? "roster_rows"
      : null;
  const roster = rosterTable === null ? "" : `union all select file from ${rosterTable}`;
  const reader = await db.runAndReadAll(`
    select f.file, f.error, f.rows_read::integer rows_read, f.rows_loaded::integer rows_loaded,
      f.rows_rejected::integer rows_rejected, coalesce(n.n, 0)::integer in_tables
    from input_files f
    left join (select file, count(*) n from (select file from demand_rows ${roster}) group by file) n using (file)
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
      fail(f.file, `rows_loaded ${f.rows_loaded} but ${f.in_tables} rows in the warehouse`);
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

interface SummaryInput {
  file: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
}

/**
 * What must not change when a workspace's roster is split into several files: every figure
 * of summary.json but its inputs (and generatedAt), and the inputs' rows in all.
 */
export function compareSplit(
  whole: Record<string, unknown>,
  split: Record<string, unknown>,
): string[] {
  const failures: string[] = [];
  for (const key of new Set([...Object.keys(whole), ...Object.keys(split)])) {
    if (key === "inputs" || key === "generatedAt") continue;
    const a = JSON.stringify(whole[key]);
    const b = JSON.stringify(split[key]);
    if (a !== b) failures.push(`split roster: summary.json "${key}" differs from the one-file run`);
  }
  const sum = (summary: Record<string, unknown>, field: keyof SummaryInput) =>
    ((summary.inputs ?? []) as SummaryInput[]).reduce((n, i) => n + Number(i[field]), 0);
  for (const field of ["rowsRead", "rowsLoaded", "rowsRejected"] as const) {
    if (sum(whole, field) !== sum(split, field))
      failures.push(
        `split roster: inputs' ${field} sum to ${sum(split, field)}, not ${sum(whole, field)}`,
      );
  }
  return failures;
}
