import { ladders } from "../../vocab/ladders.ts";
import { fields } from "../sections/fields/index.ts";
import { gap } from "../sections/gap/index.ts";
import { overview } from "../sections/overview/index.ts";
import { recruit } from "../sections/recruit/index.ts";
import { rejects } from "../sections/rejects/index.ts";
import type { AnySection, ReportModel, SheetOptions } from "../sections/section.ts";
import { shortage } from "../sections/shortage/index.ts";
import type { Sheet } from "../sheets/xlsx.ts";

/**
 * gaps.xlsx, the planners' workbook, sheet by sheet: each names a section and one of its
 * sheets, and is written from the views the pages were drawn from.
 */
export const plannerWorkbook: readonly (readonly [AnySection, string])[] = [
  [overview, "chains"],
  [shortage, "catalogue"],
  [shortage, "shortage"],
  [recruit, "recruit"],
  [gap, "gaps"],
  ...ladders.map((ladder) => [gap, `pivot-${ladder}`] as const),
  [fields, "fields"],
  [rejects, "rejects"],
];

/** The workbook's sheets with their rows; a section with nothing to give leaves its sheet out. */
export function workbookSheets(model: ReportModel, o: SheetOptions): Sheet[] {
  return plannerWorkbook.flatMap(([section, key]) => {
    const table = section.sheets?.[key];
    if (!table) throw new Error(`report section ${section.id} has no sheet ${key}`);
    const rows = table.rows(model.views.get(section.id) ?? [], model, o);
    if (rows === null) return [];
    const title = table.title?.(o, model);
    return [{ name: table.name(o), rows, ...(title === undefined ? {} : { title }) }];
  });
}
