import type { RowCheck } from "../checks.ts";

/** Demand rows are set aside for these, in this order (docs/domain.md, "Demand survey"). */
export const demandChecks: readonly RowCheck[] = [
  { code: "missing_employer", field: "employer", failsWhen: "employer is null" },
  { code: "missing_position", field: "position", failsWhen: "position is null" },
  { code: "missing_headcount", field: "headcount", failsWhen: "headcount is null" },
  {
    code: "bad_headcount",
    field: "headcount",
    failsWhen: "headcount is not null and parse_headcount(headcount) is null",
  },
  { code: "zero_headcount", field: "headcount", failsWhen: "parse_headcount(headcount) = 0" },
  {
    code: "bad_credit_code",
    field: "creditCode",
    failsWhen:
      "credit_code is not null and not credit_code_ok(upper(replace(credit_code, ' ', '')))",
  },
];
