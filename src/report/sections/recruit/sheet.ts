import { levelLabel } from "../../../messages/report.ts";
import type { ExportValue } from "../../sheets/cells.ts";
import { peopleCell } from "../../view/suppress.ts";
import type { SheetOptions } from "../section.ts";
import { intentionOrder, type RecruitView } from "./view.ts";

/** 引才地区: for each chain's largest gaps, the places of the people who qualify. */
export function recruitSheet(views: readonly RecruitView[], o: SheetOptions): ExportValue[][] {
  const { text, minCellSize } = o;
  const rows: ExportValue[][] = [[...text.recruitSheetHeaders]];
  for (const v of views) {
    for (const pool of v.pools) {
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
