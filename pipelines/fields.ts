import { fieldSuggester } from "../src/aliases/suggest.ts";
import type { Context } from "../src/context.ts";
import { fieldCellResolver, loadFieldAliases } from "../src/fields/cells/cell.ts";
import { buildFieldLookup } from "../src/fields/cells/lookup.ts";
import { buildFieldGaps, buildFieldLevels } from "../src/fields/levels.ts";
import {
  buildDemandFields,
  buildFieldUnresolved,
  buildPersonFields,
} from "../src/fields/tables.ts";
import { hiddenValue } from "../src/messages/rejects.ts";
import { inTransaction, queryRows } from "../src/warehouse/sql.ts";
import type { Stage } from "./stage.ts";
import { fieldTables } from "./tables/fields.ts";

/**
 * The fourth axis, research fields and majors (研究领域, 专业): each distinct field text is
 * resolved once to disciplines of the national catalogue (src/fields), aliases.csv's `field`
 * lines first; the lookup is joined back to demand rows and people; what did not map goes
 * into the fix loop; then demand, supply and the gap cascade per chain, wave and discipline.
 */
export const fields: Stage = {
  name: "fields",
  reads: ["demand", "person_facets", "people", "demand_chain", "person_chain", "input_files"],
  writes: fieldTables,
  async run(ctx) {
    const { db } = ctx;
    const hidden = hiddenValue[ctx.lang];
    const resolveCell = fieldCellResolver(loadFieldAliases(ctx.workspace.dir, ctx.lang), hidden);
    const suggest = fieldSuggester();
    const counts = await inTransaction(db, async () => {
      const counts = await buildFieldLookup(db, { resolveCell, suggest, hidden });
      await buildDemandFields(db);
      await buildPersonFields(db);
      await buildFieldUnresolved(db);
      await buildFieldLevels(db);
      await buildFieldGaps(db);
      for (const table of [
        "field_parts",
        "field_part_suggestions",
        "field_waves",
        "field_demand",
        "field_supply",
      ]) {
        await db.run(`drop table if exists ${table}`);
      }
      return counts;
    });
    await logCounts(ctx, counts.texts, counts.positions);
  },
};

/** Counts only: texts read, rows and people with a discipline, what did not map. */
async function logCounts(ctx: Context, texts: number, positions: number): Promise<void> {
  const [c] = await queryRows<{
    demand: number;
    with_field: number;
    by_position: number;
    people: number;
    with_discipline: number;
    via_alias: number;
    values: number;
    rows: number;
  }>(
    ctx.db,
    `select (select count(*) from demand)::integer as demand,
      (select count(distinct demand_id) from demand_fields)::integer as with_field,
      (select count(distinct demand_id) from demand_fields where via = 'position')::integer as by_position,
      (select count(*) from people)::integer as people,
      (select count(distinct person_key) from person_fields)::integer as with_discipline,
      (select count(distinct raw) from field_lookup where via = 'alias')::integer as via_alias,
      (select count(distinct raw) from field_unresolved)::integer as values,
      (select coalesce(sum(rows), 0) from field_unresolved)::integer as rows`,
  );
  if (!c) return;
  ctx.log.stage(
    "fields",
    `${texts} field texts and ${positions} positions read: ${c.with_field} of ${c.demand} demand rows name a discipline (${c.by_position} by their position), ${c.with_discipline} of ${c.people} people`,
  );
  if (c.via_alias > 0) ctx.log.stage("fields", `aliases.csv decided ${c.via_alias} field texts`);
  if (c.values > 0) {
    ctx.log.stage(
      "fields",
      `${c.values} field values did not map in ${c.rows} rows: run "talentmap unresolved" to list them with suggestions`,
    );
  }
}
