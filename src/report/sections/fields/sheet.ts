import { categoryName, disciplineName } from "../../../disciplines/labels.ts";
import type { FieldText } from "../../../messages/fields.ts";
import type { Lang } from "../../../messages/lang.ts";
import { levelLabel, type ReportText } from "../../../messages/report.ts";
import type { FieldDetails } from "../../queries/field-details.ts";
import type { ExportValue } from "../../sheets/cells.ts";
import type { Summary } from "../../summary/schema.ts";
import { compareText } from "../../view/breakdown.ts";
import { suppressedGap } from "../gap/sheets.ts";

/**
 * gaps.xlsx's sheet of gaps by discipline: chain × wave × discipline × education level, for
 * every discipline with demand in the wave (levels with no demand left out), people counts
 * suppressed as in the other sheets.
 */
export function fieldGapsSheet(
  summary: Summary,
  fields: FieldDetails,
  o: { text: ReportText; fieldText: FieldText; lang: Lang; minCellSize: number },
): ExportValue[][] {
  const chains = new Map(summary.chains.map((c, i) => [c.id, { name: c.name, order: i }]));
  const rows = fields.gaps
    .filter((row) => row.grain === "discipline" && row.demand > 0 && chains.has(row.chain_id))
    .sort(
      (a, b) =>
        (chains.get(a.chain_id)?.order ?? 0) - (chains.get(b.chain_id)?.order ?? 0) ||
        compareText(a.wave, b.wave) ||
        compareText(a.code, b.code),
    );
  return [
    [...o.fieldText.sheetHeaders],
    ...rows.map((row) => [
      chains.get(row.chain_id)?.name ?? row.chain_id,
      row.wave,
      row.code,
      disciplineName(row.code, o.lang),
      categoryName(row.code, o.lang),
      levelLabel(o.text, "education", row.level, "demand"),
      ...suppressedGap(row, o.minCellSize),
    ]),
  ];
}
