import { join } from "node:path";
import type { Context } from "../../context.ts";
import { writeFileAtomic } from "../../fs/atomic.ts";
import { reportText } from "../../messages/report.ts";
import { workbookSheets } from "../pages/workbook.ts";
import type { ReportModel, ReportSections, SheetOptions } from "../sections/section.ts";
import { toCsv } from "../sheets/csv.ts";
import { workbookBytes } from "../sheets/xlsx.ts";
import { loadPlaces } from "../view/places.ts";

/**
 * The CSV files the sections give (rejects.csv, unassigned.csv, gaps.csv: gaps.csv keeps its
 * ladders, its shape is read by scripts) and gaps.xlsx, in ctx.out, each written whole or not
 * at all.
 */
export async function writeExports(
  ctx: Context,
  model: ReportModel,
  sections: ReportSections,
): Promise<string[]> {
  const o: SheetOptions = {
    lang: ctx.lang,
    text: reportText(ctx.lang),
    minCellSize: ctx.workspace.config.minCellSize,
    bands: ctx.workspace.config.shortageBands,
    places: loadPlaces(),
  };
  const files: [string, string | Uint8Array][] = [];
  for (const section of [...sections.chain, ...sections.run]) {
    for (const [name, table] of Object.entries(section.files ?? {})) {
      const rows = table.rows(model.views.get(section.id) ?? [], model, o);
      if (rows !== null) files.push([name, toCsv(rows)]);
    }
  }
  const created = new Date(model.summary.generatedAt);
  files.push(["gaps.xlsx", await workbookBytes(workbookSheets(model, o), created)]);
  const paths: string[] = [];
  for (const [name, data] of files) {
    const path = join(ctx.out, name);
    await writeFileAtomic(path, data);
    paths.push(path);
  }
  return paths;
}
