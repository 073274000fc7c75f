/**
 * The shape of a catalogue entry and the helper the data files are written with. A discipline
 * (一级学科) belongs to the category (学科门类) its code starts with, and carries the spellings
 * that name it in survey and roster cells: its own name first, then majors of the undergraduate
 * catalogue, second-level disciplines, vocational majors and trade words.
 */
import { CATEGORIES, type Category } from "./categories.ts";

/** 一级学科, e.g. 0805 材料科学与工程. `terms` starts with `name`. */
export interface Discipline {
  readonly code: string;
  readonly name: string;
  readonly category: Category;
  readonly terms: readonly string[];
}

/**
 * One discipline from a line of data: code, name, then its other spellings, all separated by
 * whitespace (`0701 数学 数学与应用数学 应用数学…`). Terms never contain spaces, as cells are
 * matched without them, so a data file reads as a table rather than as hundreds of quoted
 * strings. Throws on a code of no category: a mistake in the data, caught when it loads.
 */
export function discipline(line: string): Discipline {
  const [code = "", name = "", ...spellings] = line.trim().split(/\s+/);
  const category = CATEGORIES.find((c) => c.code === code.slice(0, 2));
  if (!/^\d{4}$/.test(code) || name === "" || category === undefined) {
    throw new Error(`discipline catalogue: bad entry "${line.slice(0, 40)}"`);
  }
  return { code, name, category, terms: [...new Set([name, ...spellings])] };
}
