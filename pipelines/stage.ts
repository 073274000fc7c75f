import type { Context } from "../src/context.ts";
import { queryRows, quoteIdent } from "../src/warehouse/sql.ts";
import { columnType, type TableSpec } from "./tables/table.ts";

/**
 * A stage reads and writes named warehouse tables, like a SQLMesh model's header: someone
 * looking for the stage that made a table finds it in its `writes`, with the table's grain and
 * columns (pipelines/tables/).
 */
export interface Stage {
  readonly name: string;
  /** Tables of earlier stages it reads. */
  readonly reads: readonly string[];
  /** Tables of earlier stages it reads when they exist (a warehouse made before their stage). */
  readonly readsIfPresent?: readonly string[];
  readonly writes: readonly TableSpec[];
  run(ctx: Context): Promise<void>;
}

/** Which stage writes each table; two stages writing one table is refused. */
export function tableOwners(stages: readonly Stage[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const stage of stages) {
    for (const { name } of stage.writes) {
      const other = owner.get(name);
      if (other) throw new Error(`table ${name} is written by both ${other} and ${stage.name}`);
      owner.set(name, stage.name);
    }
  }
  return owner;
}

/**
 * Runs a stage and checks what it wrote against its declaration: every table it writes
 * exists, with the columns and types it declares. With `checkReads` (the tests), the tables of
 * other stages it does not declare among its reads are out of its sight while it runs (renamed
 * aside and back), so a read it did not declare fails with a message that says so.
 */
export async function runStage(
  stage: Stage,
  ctx: Context,
  options: { owners: ReadonlyMap<string, string>; checkReads: boolean } = {
    owners: new Map(),
    checkReads: false,
  },
): Promise<number> {
  const started = performance.now();
  const hidden = options.checkReads ? await hideUndeclared(stage, ctx, options.owners) : [];
  try {
    await stage.run(ctx);
  } catch (error) {
    const read = hidden.find((table) => mentions(error, table));
    if (read) {
      throw new Error(
        `stage ${stage.name} reads table ${read} (written by ${options.owners.get(read)}), which it does not declare among its reads`,
      );
    }
    throw error;
  } finally {
    await restoreHidden(ctx);
  }
  for (const table of stage.writes) await checkWritten(stage.name, table, ctx);
  return performance.now() - started;
}

const hiddenSuffix = "__undeclared";

async function hideUndeclared(
  stage: Stage,
  ctx: Context,
  owners: ReadonlyMap<string, string>,
): Promise<string[]> {
  const declared = new Set([
    ...stage.reads,
    ...(stage.readsIfPresent ?? []),
    ...stage.writes.map((table) => table.name),
  ]);
  const present = await queryRows<{ name: string }>(
    ctx.db,
    "select table_name as name from information_schema.tables where table_schema = 'main'",
  );
  const hidden: string[] = [];
  for (const { name } of present) {
    if (!owners.has(name) || declared.has(name)) continue;
    await ctx.db.run(
      `alter table ${quoteIdent(name)} rename to ${quoteIdent(name + hiddenSuffix)}`,
    );
    hidden.push(name);
  }
  return hidden;
}

/** Puts back what hideUndeclared renamed, also after a run killed while a stage ran. */
export async function restoreHidden(ctx: Context): Promise<void> {
  const aside = await queryRows<{ name: string; catalog: string }>(
    ctx.db,
    "select table_name as name, table_catalog as catalog from information_schema.tables where table_schema = 'main' and ends_with(table_name, $1)",
    [hiddenSuffix],
  );
  for (const { name } of aside) {
    const original = name.slice(0, -hiddenSuffix.length);
    await ctx.db.run(`alter table ${quoteIdent(name)} rename to ${quoteIdent(original)}`);
  }
}

function mentions(error: unknown, table: string): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Catalog Error/.test(message) && new RegExp(`\\b${table}\\b`).test(message);
}

async function checkWritten(stage: string, table: TableSpec, ctx: Context): Promise<void> {
  const columns = await queryRows<{ name: string; type: string }>(
    ctx.db,
    `select column_name as name, data_type as type from information_schema.columns
     where table_name = $1 and table_schema = 'main' and (table_catalog = 'temp') = $2
     order by ordinal_position`,
    [table.name, table.temporary === true],
  );
  if (columns.length === 0)
    throw new Error(`stage ${stage} did not create its table ${table.name}`);
  const written = columns.map((c) => `${c.name} ${c.type}`).join(", ");
  const declared = Object.entries(table.columns)
    .map(([name, spec]) => `${name} ${columnType(spec)}`)
    .join(", ");
  if (written !== declared) {
    throw new Error(
      `stage ${stage} wrote ${table.name} as (${written}), but declares (${declared}): change the declaration in pipelines/tables/ with the stage`,
    );
  }
}
