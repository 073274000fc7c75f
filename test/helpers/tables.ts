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

/**
 * A declared table holding what `select` gives, by column name: the columns a test leaves out
 * are NULL, and a value of the wrong type fails as it would in the stage.
 */
export async function fillDeclaredTable(
  db: DuckDBConnection,
  name: string,
  select: string,
): Promise<void> {
  await db.run(`drop table if exists ${quoteIdent(name)}`);
  await createDeclaredTable(db, name);
  await db.run(`insert into ${quoteIdent(name)} by name ${select}`);
}
