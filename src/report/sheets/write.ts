import { join } from "node:path";
import type { Context } from "../../context.ts";
import { fieldText } from "../../messages/fields.ts";
import { reportText } from "../../messages/report.ts";
import { writeFileAtomic } from "../../output/atomic.ts";
import { ladders } from "../../vocab/ladders.ts";
import type { Details } from "../queries/details.ts";
import type { Summary } from "../summary/schema.ts";
import { chainView } from "../view/chain-view.ts";
import { loadPlaces } from "../view/places.ts";
import { toCsv } from "./csv.ts";
import { fieldGapsSheet } from "./fields.ts";
import { gapPivotTable, gapsCsvTable, gapsSheetTable } from "./gaps.ts";
import { catalogueSheet, chainsSheet, recruitSheet, shortageSheet } from "./planner-sheets.ts";
import { queryRejects, rejectsTable } from "./rejects.ts";
import { unassignedTable } from "./unassigned.ts";
import { workbookBytes } from "./xlsx.ts";

/**
 * rejects.csv, unassigned.csv, gaps.csv and gaps.xlsx in ctx.out, each written whole or not at all. gaps.csv
 * keeps its ladders (its shape is read by scripts); the gaps by discipline are a sheet of
 * gaps.xlsx.
 */
export async function writeExports(
  ctx: Context,
  summary: Summary,
  details: Details,
): Promise<string[]> {
  const text = reportText(ctx.lang);
  const k = ctx.workspace.config.minCellSize;
  const o = {
    text,
    minCellSize: k,
    bands: ctx.workspace.config.shortageBands,
    places: loadPlaces(),
  };
  const views = summary.chains.map((chain) => chainView(summary, chain, details, o));
  const rejects = rejectsTable(await queryRejects(ctx.db), text);
  const latest = summary.waves.at(-1);
  const fields = details.fields;
  const fieldSheet = fields
    ? [
        {
          name: fieldText(ctx.lang).sheet,
          rows: fieldGapsSheet(summary, fields, {
            text,
            fieldText: fieldText(ctx.lang),
            lang: ctx.lang,
            minCellSize: k,
          }),
        },
      ]
    : [];
  const files: [string, string | Uint8Array][] = [
    ["rejects.csv", toCsv(rejects)],
    ["unassigned.csv", toCsv(unassignedTable(details.quality.unassigned, text))],
    ["gaps.csv", toCsv(gapsCsvTable(summary, k))],
    [
      "gaps.xlsx",
      await workbookBytes(
        [
          { name: text.sheets.chains, rows: chainsSheet(summary, o) },
          {
            name: text.sheets.catalogue,
            rows: catalogueSheet(views, o),
            title: latest ? `${text.sheets.catalogue} · ${latest}` : text.sheets.catalogue,
          },
          { name: text.sheets.shortage, rows: shortageSheet(views, o) },
          { name: text.sheets.recruit, rows: recruitSheet(views, o) },
          { name: text.sheets.gaps, rows: gapsSheetTable(summary, k, text) },
          ...ladders.map((ladder) => ({
            name: text.sheets.pivot(ladder),
            rows: gapPivotTable(summary, ladder, k, text),
          })),
          ...fieldSheet,
          { name: text.sheets.rejects, rows: rejects },
        ],
        new Date(summary.generatedAt),
      ),
    ],
  ];
  const paths: string[] = [];
  for (const [name, data] of files) {
    const path = join(ctx.out, name);
    await writeFileAtomic(path, data);
    paths.push(path);
  }
  return paths;
}
