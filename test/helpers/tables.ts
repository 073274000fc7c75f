import type { DuckDBConnection } from "@duckdb/node-api";
import { stages } from "../../pipelines/pipeline.ts";
import { historyTables } from "../../pipelines/tables/history.ts";
import { columnType, type TableSpec } from "../../pipelines/tables/table.ts";
import { quoteIdent } from "../../src/warehouse/sql.ts";

const declared = new Map<string, TableSpec>(
  [...stages.flatMap((stage) => stage.writes), ...historyTables].map((t) => [t.name, t]),
);

/** A warehouse table as its stage declares it (pipelines/tables/), empty. */
export async function createDeclaredTable(db: DuckDBConnection, name: string): Promise<void> {
  const spec = declared.get(name);
  if (!spec) throw new Error(`no stage declares a table ${name}`);
  const columns = Object.entries(spec.columns).map(
    ([column, type]) => `${quoteIdent(column)} ${columnType(type)}`,
  );
  const temp = spec.temporary ? "temp " : "";
  await db.run(`create ${temp}table ${quoteIdent(name)} (${columns.join(", ")})`);
}
