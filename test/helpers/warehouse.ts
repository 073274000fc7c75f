import type { DuckDBConnection } from "@duckdb/node-api";
import { openWarehouse } from "../../src/warehouse/connect.ts";

/** A fresh in-memory warehouse per test, closed afterwards whatever happens. */
export async function withWarehouse<T>(fn: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  const warehouse = await openWarehouse();
  try {
    return await fn(warehouse.connection);
  } finally {
    warehouse.close();
  }
}
