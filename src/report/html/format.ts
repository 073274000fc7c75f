import type { Lang } from "../../messages/lang.ts";
import type { Cell } from "../view/suppress.ts";

// Making an Intl.NumberFormat costs far more than formatting with one, and a page formats
// thousands of cells: one per language.
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
};

/** 1,234 in either language; a hidden count's text ("<3", "3–4") as it is. */
export function formatCell(cell: Cell, lang: Lang): string {
  if (typeof cell === "string") return cell;
  return numberFormats[lang].format(cell);
}

/** A supply/demand ratio to two decimals ("0.89", "12.00"); a bound ("<0.2") as it is. */
export function formatRatio(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.toFixed(2);
}
