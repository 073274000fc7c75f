import { levelLabel } from "../../../messages/report.ts";
import type { ExportValue } from "../../sheets/cells.ts";
import type { ChainView } from "../../view/chain-view.ts";
import { bandText } from "../../view/shortage.ts";
import type { SheetOptions } from "../section.ts";

/** 紧缺人才需求目录 in its usual layout, latest wave, each chain's hardest positions first. */
export function catalogueSheet(views: readonly ChainView[], o: SheetOptions): ExportValue[][] {
  const { text } = o;
  const rows: ExportValue[][] = [[...text.catalogueHeaders]];
  let n = 0;
  for (const v of views) {
    for (const group of v.groups) {
      for (const line of group.lines) {
        n += 1;
        rows.push([
          n,
          v.chain.name,
          line.position,
          line.field,
          levelLabel(text, "education", line.education, "demand"),
          levelLabel(text, "title", line.title, "demand"),
          line.headcount,
          bandText(line.shortage, text),
          line.employers,
        ]);
      }
    }
  }
  return rows;
}

/** 岗位紧缺程度: position groups with their ratio and band, latest wave. */
export function shortageSheet(views: readonly ChainView[], o: SheetOptions): ExportValue[][] {
  const { text } = o;
  const rows: ExportValue[][] = [[...text.shortageSheetHeaders]];
  for (const v of views) {
    for (const group of v.groups) {
      rows.push([
        v.chain.name,
        v.latest,
        group.position,
        group.headcount,
        group.employers,
        group.shortage.shown,
        bandText(group.shortage, text),
      ]);
    }
  }
  return rows;
}
