import type { Context } from "../src/context.ts";
import { tableExists } from "../src/warehouse/sql.ts";

/**
 * A stage reads and writes named warehouse tables, like a SQLMesh model's header: someone
 * looking for the stage that made a table finds it in its `outputs`.
 */
export interface Stage {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  run(ctx: Context): Promise<void>;
}

export function checkStages(stages: readonly Stage[]): void {
  const owner = new Map<string, string>();
  for (const stage of stages) {
    for (const table of stage.outputs) {
      const other = owner.get(table);
      if (other) throw new Error(`table ${table} is written by both ${other} and ${stage.name}`);
      owner.set(table, stage.name);
    }
  }
}

export async function runStage(stage: Stage, ctx: Context): Promise<number> {
  const started = performance.now();
  await stage.run(ctx);
  for (const table of stage.outputs) {
    if (!(await tableExists(ctx.db, table))) {
      throw new Error(`stage ${stage.name} did not create its table ${table}`);
    }
  }
  return performance.now() - started;
}
