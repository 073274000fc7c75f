import type { DuckDBConnection } from "@duckdb/node-api";
import { installMacros } from "../../src/warehouse/macros.ts";
import { quoteLiteral } from "../../src/warehouse/sql.ts";
import { fillDeclaredTable } from "../helpers/tables.ts";

/** The columns ingest leaves in `demand_rows` and `roster_rows` (docs/tables.md). */
const DEMAND_COLUMNS = [
  "employer",
  "credit_code",
  "chain",
  "sector",
  "region",
  "position",
  "field",
  "education",
  "title",
  "skill",
  "urgency",
  "salary",
  "mode",
  "filled_at",
] as const;
const ROSTER_COLUMNS = [
  "name",
  "gender",
  "birth",
  "id_number",
  "native_place",
  "employer",
  "location",
  "education",
  "title",
  "skill",
  "field",
  "sector",
  "chain",
  "category",
  "phone",
  "email",
  "intention",
  "entered_at",
  "last_contact_at",
] as const;

export type DemandRow = Partial<Record<(typeof DEMAND_COLUMNS)[number], string>> & {
  row?: number;
  headcount?: number;
  file?: string;
};
export type RosterRow = Partial<Record<(typeof ROSTER_COLUMNS)[number], string>> & {
  row?: number;
  file?: string;
};

const text = (v: string | undefined) => (v === undefined ? "null::varchar" : quoteLiteral(v));

/**
 * `demand_rows` and `roster_rows` as ingest leaves them, rows numbered from 2 in the order
 * given (or as `row` says), and the SQL macros ingest installs.
 */
export async function createInputTables(
  db: DuckDBConnection,
  demand: readonly DemandRow[],
  roster: readonly RosterRow[],
): Promise<void> {
  await installMacros(db);
  const demandValues = demand.map(
    (r, i) =>
      `(${text(r.file ?? "surveys/2024H1/需求.csv")}, null::varchar, ${r.row ?? i + 2}, '2024H1',
        ${DEMAND_COLUMNS.map((c) => text(r[c])).join(", ")}, ${r.headcount ?? 1})`,
  );
  await fillDeclaredTable(
    db,
    "demand_rows",
    `select * from (${
      demandValues.length > 0
        ? `values ${demandValues.join(", ")}`
        : `select null::varchar, null::varchar, null::integer, null::varchar, ${DEMAND_COLUMNS.map(() => "null::varchar").join(", ")}, null::integer where false`
    }) t(file, sheet, row_number, wave, ${DEMAND_COLUMNS.join(", ")}, headcount)`,
  );
  const rosterValues = roster.map(
    (r, i) =>
      `(${text(r.file ?? "rosters/名册.csv")}, null::varchar, ${r.row ?? i + 2},
        ${ROSTER_COLUMNS.map((c) => text(r[c])).join(", ")})`,
  );
  await fillDeclaredTable(
    db,
    "roster_rows",
    `select * from (${
      rosterValues.length > 0
        ? `values ${rosterValues.join(", ")}`
        : `select null::varchar, null::varchar, null::integer, ${ROSTER_COLUMNS.map(() => "null::varchar").join(", ")} where false`
    }) t(file, sheet, row_number, ${ROSTER_COLUMNS.join(", ")})`,
  );
}
