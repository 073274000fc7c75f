import { levelLabel, type ReportText } from "../../messages/report.ts";
import type { Summary } from "../summary/schema.ts";
import type { ChainView } from "../view/chain-view.ts";
import type { Places } from "../view/places.ts";
import type { Published } from "../view/positions.ts";
import { intentionOrder } from "../view/recruit.ts";
import { bandText, chainShortage } from "../view/shortage.ts";
import { peopleCell } from "../view/suppress.ts";
import { waveTotals } from "../view/totals.ts";
import type { ExportValue } from "./cells.ts";

/**
 * The planners' sheets of gaps.xlsx: the overview, the catalogue, shortages, where to recruit.
 * The last three read the chain views (position groups, recruit pools), worked out once for
 * all of them by writeExports.
 */

export type SheetOptions = Published & { text: ReportText; places: Places };

/** 产业链一览: one row per chain, latest wave. */
export function chainsSheet(summary: Summary, o: SheetOptions): ExportValue[][] {
  const { text } = o;
  const wave = summary.waves.at(-1);
  const header = [
    text.chainId,
    text.chain,
    text.wave,
    text.headcount,
    text.people,
    text.matched,
    text.gap,
    text.ratio,
    text.shortageLevel,
  ];
  if (!wave) return [header];
  return [
    header,
    ...summary.chains.map((chain) => {
      const t = waveTotals(chain, wave, o.minCellSize);
      const s = chainShortage(chain, wave, o);
      return [
        chain.id,
        chain.name,
        wave,
        t.headcount,
        peopleCell(chain.supply.people, o.minCellSize),
        t.matched,
        t.gap,
        s ? s.shown : null,
        s ? bandText(s, text) : null,
      ];
    }),
  ];
}

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

/** 引才地区: for each chain's largest gaps, the places of the people who qualify. */
export function recruitSheet(views: readonly ChainView[], o: SheetOptions): ExportValue[][] {
  const { text, minCellSize } = o;
  const rows: ExportValue[][] = [[...text.recruitSheetHeaders]];
  for (const v of views) {
    for (const pool of v.recruit) {
      const level = levelLabel(text, "education", pool.level, "demand");
      const places = [
        ...pool.provinces.map((p) => [text.province, o.places.province(p.code, text), p] as const),
        ...pool.cities.map((p) => [text.city, o.places.region(p.code, text), p] as const),
      ];
      for (const [kind, name, place] of places) {
        const people = peopleCell(place.people, minCellSize);
        if (typeof people === "string") continue;
        rows.push([
          v.chain.name,
          level,
          pool.gap,
          kind,
          name,
          people,
          ...intentionOrder.map((k) => peopleCell(place.byIntention[k] ?? 0, minCellSize)),
        ]);
      }
    }
  }
  return rows;
}
