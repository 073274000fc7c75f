import type { ReportText } from "../../../messages/report.ts";
import { inputKinds } from "../../../sources/kinds.ts";
import type { ExportValue } from "../../sheets/cells.ts";
import type { RejectRow } from "./query.ts";

/** The headers of every kind's personal fields (src/sources/kinds.ts). */
const personalAliases: readonly string[] = inputKinds.flatMap((kind) =>
  kind.personalFields.flatMap((field) => [...(kind.headers[field] ?? [])]),
);

/**
 * A roster cell under a personal header (name, ID number, phone…) never leaves the
 * warehouse, even in a reject: ingest hides those values already; this is the second lock.
 */
export function isPersonalColumn(column: string | null): boolean {
  if (column === null) return false;
  const header = column.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  // Chinese headers carry words around the alias (本人联系电话); English ones must match whole,
  // or "position name" would be hidden too.
  return personalAliases.some((alias) =>
    /^[a-z]+$/i.test(alias) ? header === alias.toLowerCase() : header.includes(alias),
  );
}

/** rejects.csv / the rejects sheet: file, sheet, row, column, value, reason. */
export function rejectsTable(rows: readonly RejectRow[], text: ReportText): ExportValue[][] {
  return [
    [...text.rejectHeaders],
    ...rows.map((row) => {
      const hide = isPersonalColumn(row.column_name) && row.value !== null;
      const value = hide ? text.hiddenValue : row.value;
      const reason =
        hide && row.reason !== null && row.value
          ? row.reason.replaceAll(row.value, text.hiddenValue)
          : row.reason;
      return [row.file, row.sheet, row.row_number, row.column_name, value, reason];
    }),
  ];
}
