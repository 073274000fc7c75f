import type { ReportText } from "../../../messages/report.ts";
import type { ExportValue } from "../../sheets/cells.ts";
import type { UnassignedRow } from "./query.ts";

/**
 * unassigned.csv: every loaded demand row in no chain (or in two), which quality.html lists
 * only in part. Enterprises' rows: nothing personal.
 */
export function unassignedTable(rows: readonly UnassignedRow[], text: ReportText): ExportValue[][] {
  return [
    [...text.unassignedHeaders],
    ...rows.map((u) => [
      u.file,
      u.sheet,
      u.row_number,
      u.employer,
      u.position,
      u.sector,
      u.chain_raw,
      text.statuses[u.status] ?? u.status,
      u.headcount,
    ]),
  ];
}
