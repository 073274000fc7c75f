/**
 * From codes back to places: the node of a code, its full name for people to read
 * (110105 → 北京市朝阳区), and the names the fix loop compares an unresolved place with.
 */

import { loadDivisions, loadTowns, type RegionNode } from "./divisions.ts";

/** The province, city, county or town of a six- or nine-digit GB/T 2260 code, or null. */
export function nodeOfCode(code: string): RegionNode | null {
  if (/^\d{9}$/u.test(code)) return loadTowns().byCode(code) ?? null;
  if (/^\d{6}$/u.test(code)) return loadDivisions().byCode.get(code) ?? null;
  return null;
}

/**
 * The name with its parents, as an analyst would write it: 110105 → 北京市朝阳区,
 * 410923105 → 河南省濮阳市南乐县千口镇, 310000 → 上海市. Null for an unknown code.
 */
export function fullName(code: string): string | null {
  const node = nodeOfCode(code);
  if (node === null) return null;
  const byCode = loadDivisions().byCode;
  const parts = [node.province, node.city, node.county]
    .filter((c): c is string => c !== null && c !== node.code)
    .filter((c, i, all) => all.indexOf(c) === i)
    .map((c) => byCode.get(c)?.name ?? "");
  return [...parts, node.name].join("");
}

/**
 * `[name, code]` pairs an unresolved place text is compared with, in a stable order: every
 * province and city, and, for a locality, the counties of its city and the towns of its
 * county (where survey answers mostly lie). A few hundred names, not the 40,000 towns.
 */
export function placeNames(locality?: string): (readonly [string, string])[] {
  const divisions = loadDivisions();
  const pairs: (readonly [string, string])[] = [];
  for (const node of divisions.byCode.values()) {
    if (node.level <= 2) pairs.push([node.name, node.code]);
  }
  const home = locality === undefined ? undefined : divisions.byCode.get(locality);
  if (home !== undefined) {
    const counties = home.city === null ? [] : (divisions.countiesOf.get(home.city) ?? []);
    for (const county of counties) {
      const node = divisions.byCode.get(county);
      if (node !== undefined && node.level === 3) pairs.push([node.name, node.code]);
    }
    if (home.county !== null) {
      const towns = loadTowns().inCounty(home.county);
      const seen = new Set<string>();
      for (const entries of towns.byAlias.values()) {
        for (const { node, stem } of entries) {
          if (stem || seen.has(node.code)) continue;
          seen.add(node.code);
          pairs.push([node.name, node.code]);
        }
      }
    }
  }
  return pairs.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}
