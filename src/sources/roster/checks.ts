import type { RowCheck } from "../checks.ts";

/** Roster rows are set aside for these (docs/domain.md, "Roster"). */
export const rosterChecks: readonly RowCheck[] = [
  {
    code: "no_identity",
    field: "name",
    failsWhen: "name is null and id_number is null and phone is null",
  },
  {
    code: "bad_id_number",
    field: "idNumber",
    failsWhen: "id_number is not null and not id_number_ok(upper(replace(id_number, ' ', '')))",
  },
];
