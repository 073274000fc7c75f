import type { ChainSection } from "../section.ts";
import { recruitHtml } from "./html.ts";
import { recruitSheet } from "./sheet.ts";
import { type RecruitView, recruitView } from "./view.ts";

/** Where to recruit for the chain's largest gaps (引才地区), on the page and in the workbook. */
export const recruit: ChainSection<RecruitView> = {
  id: "recruit",
  view: recruitView,
  html: recruitHtml,
  sheets: {
    recruit: { name: (o) => o.text.sheets.recruit, rows: (views, _, o) => recruitSheet(views, o) },
  },
};
