import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";

/**
 * queryRows for results of tens of thousands of rows (quality.html's demand rows in no chain,
 * rejects.csv): the values are read a column at a time and each row is made once, instead of
 * an object per row that is then copied value by value, which at that size was most of the
 * time. Flat results only (no lists, structs or maps); BIGINT becomes a number when it fits,
 * else throws, as queryRows does.
 */
export async function queryColumnRows<T extends Record<string, unknown>>(
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
    const row: Record<string, unknown> = {};
    names.forEach((name, c) => {
      row[name] = columns[c]?.[r];
    });
    rows[r] = row as T;
  }
  return rows;
}

function scalar(value: unknown, column: string): unknown {
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new RangeError(`integer ${value} does not fit a JavaScript number`);
    }
    return Number(value);
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    throw new TypeError(`column ${column} is not a scalar: read it with queryRows`);
  }
  return value;
}
