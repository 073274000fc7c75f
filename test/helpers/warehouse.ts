import type { DuckDBConnection } from "@duckdb/node-api";
import { openWarehouse, type WarehouseOptions } from "../../src/warehouse/connect.ts";

/** A fresh in-memory warehouse per test, closed afterwards whatever happens. */
export function withWarehouse<T>(fn: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  return withWarehouseFile(":memory:", fn);
}

/** The warehouse file at `path` open for `fn`, closed afterwards whatever happens. */
export async function withWarehouseFile<T>(
  path: string,
  fn: (db: DuckDBConnection) => Promise<T>,
  options: WarehouseOptions = {},
): Promise<T> {
  const warehouse = await openWarehouse(path, options);
  try {
    return await fn(warehouse.connection);
  } finally {
    warehouse.close();
  }
}
