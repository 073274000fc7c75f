import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";

export type Row = Record<string, unknown>;

/** Runs a query and returns plain JS rows (BIGINT becomes number when it fits, else throws). */
export async function queryRows<T extends Row = Row>(
  db: DuckDBConnection,
  sql: string,
  params?: DuckDBValue[] | Record<string, DuckDBValue>,
): Promise<T[]> {
  const reader = await db.runAndReadAll(sql, params);
  return reader.getRowObjectsJS().map((row) => toPlain(row) as T);
}

/**
 * queryRows for results of tens of thousands of rows (quality.html's demand rows in no chain,
 * rejects.csv): the values are read a column at a time and each row is made once, instead of
 * an object per row that is then copied value by value, which at that size was most of the
 * time. Flat results only (no lists, structs or maps).
 */
export async function queryColumnRows<T extends Row = Row>(
  db: DuckDBConnection,
  sql: string,
  params?: DuckDBValue[] | Record<string, DuckDBValue>,
): Promise<T[]> {
  const reader = await db.runAndReadAll(sql, params);
  const names = reader.columnNames();
  const columns = reader
    .getColumnsJS()
    .map((column, i) => column.map((value) => scalar(value, names[i] ?? "")));
  const rows = new Array<T>(reader.currentRowCount);
  for (let r = 0; r < rows.length; r++) {
    const row: Row = {};
    names.forEach((name, c) => {
      row[name] = columns[c]?.[r];
    });
    rows[r] = row as T;
  }
  return rows;
}

export async function execute(
  db: DuckDBConnection,
  sql: string,
  params?: DuckDBValue[] | Record<string, DuckDBValue>,
): Promise<void> {
  await db.run(sql, params);
}

export async function tableExists(db: DuckDBConnection, table: string): Promise<boolean> {
  const rows = await queryRows(
    db,
    "select 1 from information_schema.tables where table_name = $1 and table_schema = 'main'",
    [table],
  );
  return rows.length > 0;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Runs fn inside one transaction, so a killed run never leaves a stage half written. */
export async function inTransaction<T>(db: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  await db.run("begin transaction");
  try {
    const result = await fn();
    await db.run("commit");
    return result;
  } catch (error) {
    await db.run("rollback");
    throw error;
  }
}

/**
 * Runs fn with `preserve_insertion_order` off, then restores the setting: a stage whose every
 * reader orders what it reads lets DuckDB write its million-row tables in parallel and
 * without keeping batches in order (less memory). Rows come back in no particular order
 * unless a query says ORDER BY.
 */
export async function unordered<T>(db: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  const [before] = await queryRows<{ value: boolean }>(
    db,
    "select current_setting('preserve_insertion_order') as value",
  );
  await db.run("set preserve_insertion_order = false");
  try {
    return await fn();
  } finally {
    await db.run(`set preserve_insertion_order = ${before?.value === false ? "false" : "true"}`);
  }
}

/** A BIGINT as a number, or a RangeError when it does not fit one exactly. */
function exactNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`integer ${value} does not fit a JavaScript number`);
  }
  return Number(value);
}

function toPlain(value: unknown): unknown {
  if (typeof value === "bigint") return exactNumber(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

function scalar(value: unknown, column: string): unknown {
  if (typeof value === "bigint") return exactNumber(value);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    throw new TypeError(`column ${column} is not a scalar: read it with queryRows`);
  }
  return value;
}
