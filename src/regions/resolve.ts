/**
 * Place text → GB/T 2260 region code.
 *
 * The text is canonicalised (whitespace removed, NFKC, traditional → simplified), checked
 * for places abroad, then parsed from the left as a chain of divisions, each inside the
 * one before: 河南省 濮阳市 南乐县 千口镇, 江苏 南京, 北京 朝阳区. A division may be written
 * with or without its suffix (南乐县 / 南乐). Levels may be skipped (河南南乐). The parse
 * that covers the most text wins, and at equal length one ending on a full name beats one
 * ending on a stem (临汾市古县 is the county 古县, not the town 古县乡). Text after the
 * parse is ignored (上海市浦东新区张江路 → 浦东新区), except that a name written without
 * its suffix must not be followed by another suffix (城关镇 is not 城关区, 南京路 is not
 * 南京). Traditional text is also parsed converted to simplified; the longer parse wins.
 *
 * When several places cover the text equally (朝阳区: Beijing and Changchun):
 *   1. a place inside another candidate is dropped (濮阳 → 濮阳市, not also 濮阳县);
 *   2. the candidates in the locality's county, else in its city, are kept;
 *   3. a province beats lower divisions of the same name (海南 → 海南省, but in a
 *      workspace of 海南藏族自治州 rule 2 has already chosen the prefecture);
 *   4. the candidates in the locality's province are kept;
 *   5. if more than one is left, the result is `ambiguous`, with the candidates.
 *
 * A town name alone is looked up only inside the locality (there are hundreds of 城关镇);
 * after a county (南乐县千口镇) towns of that county are found anywhere.
 */

import { UserError } from "../errors.ts";
import { foreignCityLength, startsAbroad } from "./abroad.ts";
import { nodeOfCode } from "./codes.ts";
import type { AliasEntry, NameIndex, RegionNode, TownIndex } from "./divisions.ts";
import { isWithin, loadDivisions, loadTowns } from "./divisions.ts";
import { placeText, SUFFIX_START, simplified } from "./names.ts";

export type RegionStatus = "ok" | "overseas" | "ambiguous" | "unknown";

export interface RegionResolution {
  /** Most specific code found: 6 digits (310000, 320100, 410923) or 9 for a town. Null unless ok. */
  code: string | null;
  /** Six-digit county code when the text names a county or a town in it, else null. */
  county: string | null;
  /**
   * Six-digit city code (320100). For a municipality the province-level code (310000),
   * so 上海市浦东新区 has city 310000. Null for a province and for counties directly under
   * a province (济源 419001).
   */
  city: string | null;
  /** Six-digit province code (310000). */
  province: string | null;
  status: RegionStatus;
  /**
   * For `ambiguous`: the codes the text could be, sorted, then "overseas" when one of
   * several places in the cell is abroad (上海、美国). For an ambiguous result,
   * county/city/province hold what all candidates share (鼓楼区 in Jiangsu → 320000).
   */
  candidates?: string[];
}

export interface RegionResolver {
  resolve(raw: string | null | undefined): RegionResolution;
  /** Official name of a code (310000 → 上海市, 410923100 → 城关镇), or null. */
  name(code: string): string | null;
  /**
   * The place a six- or nine-digit code stands for, as `resolve` would give it (an analyst's
   * alias names a code: 410923 → county 410923, city 410900, province 410000); null when
   * the code is no division.
   */
  place(code: string): RegionResolution | null;
}

export interface RegionResolverOptions {
  /**
   * GB/T 2260 code of the workspace's locality, normally a county (410923); a city or
   * province code also works. It breaks ties between places of the same name, lets a
   * town be named alone, and gives 本县 / 本市 / 本省 a meaning.
   */
  locality?: string;
}

/** Parses whose results are kept per resolver (values repeat a lot in rosters). */
const CACHE_LIMIT = 50_000;

/** The longest county/town chain: province, city, county, town. */
const MAX_DEPTH = 4;

/** Separators of several places in one cell: 上海、北京. */
const LIST_SEPARATORS = /[,;/|、]+/u;

/** Prefixes naming the country itself: 中国上海 is 上海. */
const COUNTRY_PREFIX = /^(?:中华人民共和国|中国)/u;

type PartResult =
  | { kind: "place"; nodes: RegionNode[] }
  | { kind: "overseas" }
  | { kind: "unknown" };

interface Match extends AliasEntry {
  /** Length of the matched alias. */
  length: number;
}

interface ChainEnd {
  node: RegionNode;
  end: number;
  /** The last division was written without its suffix. */
  stem: boolean;
}

const UNKNOWN: RegionResolution = {
  code: null,
  county: null,
  city: null,
  province: null,
  status: "unknown",
};

const OVERSEAS: RegionResolution = { ...UNKNOWN, status: "overseas" };

export function createRegionResolver(options: RegionResolverOptions = {}): RegionResolver {
  const divisions = loadDivisions();
  const locality = localityNode(options.locality);
  const cache = new Map<string, RegionResolution>();

  const towns = (): TownIndex => loadTowns();

  /**
   * Counties whose towns may follow `node`: a county's own, a city's (a municipality
   * counts as a city); none after a province or a town.
   */
  function countiesIn(node: RegionNode): readonly string[] {
    if (node.level === 4) return [];
    if (node.county !== null) return [node.county];
    if (node.city !== null) return divisions.countiesOf.get(node.city) ?? [];
    return [];
  }

  /** Matches of one division name at `pos`, inside `parent` (or at the top when null). */
  function matchesAt(s: string, pos: number, parent: RegionNode | null): Match[] {
    const found: Match[] = [];
    const collect = (index: NameIndex, keepEntry: (e: AliasEntry) => boolean): void => {
      const longest = Math.min(index.maxLength, s.length - pos);
      for (let len = longest; len >= 2; len--) {
        const entries = index.byAlias.get(s.slice(pos, pos + len));
        if (entries === undefined) continue;
        for (const entry of entries) if (keepEntry(entry)) found.push({ ...entry, length: len });
      }
    };
    const all = (): boolean => true;
    if (parent === null) {
      collect(divisions, all);
      // A town alone only within the locality.
      if (locality !== null)
        for (const c of countiesIn(locality)) collect(towns().inCounty(c), all);
    } else {
      collect(divisions, (e) => isWithin(e.node, parent));
      // Towns after a city or a county (濮阳市城关镇, 南乐县千口镇), not after a province alone.
      for (const c of countiesIn(parent)) collect(towns().inCounty(c), all);
    }
    return found;
  }

  /** Every chain of divisions from the start of `s`, as (last node, end offset). */
  function chains(s: string): ChainEnd[] {
    const out: ChainEnd[] = [];
    const walk = (pos: number, parent: RegionNode | null, depth: number): void => {
      for (const { node, stem, length } of matchesAt(s, pos, parent)) {
        const end = pos + length;
        const next = s[end];
        if (!(stem && next !== undefined && SUFFIX_START.has(next))) out.push({ node, end, stem });
        if (depth < MAX_DEPTH && end < s.length) walk(end, node, depth + 1);
      }
    };
    walk(0, null, 1);
    return out;
  }

  /**
   * The places `s` names best: those of the chains covering the most text and, among
   * them, ending on a full name rather than a stem (山西省临汾市古县 is the county 古县,
   * not 古县乡 of 蒲县).
   */
  function parsePlaces(s: string): { covered: number; nodes: RegionNode[] } {
    const rank = (c: ChainEnd): number => c.end * 2 + (c.stem ? 0 : 1);
    let best: ChainEnd[] = [];
    for (const chain of chains(s)) {
      const top = best[0];
      if (top === undefined || rank(chain) > rank(top)) best = [chain];
      else if (rank(chain) === rank(top) && !best.some((c) => c.node.code === chain.node.code)) {
        best.push(chain);
      }
    }
    return { covered: best[0]?.end ?? 0, nodes: best.map((c) => c.node) };
  }

  /** Rules 1–4 of the header; more than one left is ambiguous. */
  function breakTies(nodes: RegionNode[]): RegionNode[] {
    let left = nodes.filter((n) => !nodes.some((other) => isWithin(n, other)));
    const near = (level: "county" | "city" | "province"): void => {
      const mine = locality?.[level] ?? null;
      if (left.length < 2 || mine === null) return;
      const inside = left.filter((n) => n[level] === mine);
      if (inside.length > 0) left = inside;
    };
    // The locality's county and city first: in 海南藏族自治州, 海南 is the prefecture.
    near("county");
    near("city");
    if (left.length > 1) {
      const provinces = left.filter((n) => n.level === 1);
      if (provinces.length === 1) return provinces;
    }
    near("province");
    return left;
  }

  function selfReference(s: string): RegionNode | null {
    if (locality === null) return null;
    const code =
      s === "本县" || s === "本区" || s === "本地" || s === "当地"
        ? locality.county
        : s === "本市"
          ? locality.city
          : s === "本省"
            ? locality.province
            : null;
    return code === null ? null : (divisions.byCode.get(code) ?? null);
  }

  function resolvePart(text: string): PartResult {
    const s = text.replace(COUNTRY_PREFIX, "");
    if (s === "") return { kind: "unknown" };
    if (startsAbroad(s)) return { kind: "overseas" };
    const self = selfReference(s);
    if (self !== null) return { kind: "place", nodes: [self] };
    let parsed = parsePlaces(s);
    const converted = simplified(s);
    if (converted !== s) {
      if (startsAbroad(converted)) return { kind: "overseas" };
      const other = parsePlaces(converted);
      if (other.covered > parsed.covered) parsed = other;
    }
    // 多伦多 is Toronto, though 多伦 is a county: the longer reading wins.
    const city = Math.max(foreignCityLength(s), foreignCityLength(converted));
    if (city > 0 && city >= parsed.covered) return { kind: "overseas" };
    if (parsed.nodes.length > 0) return { kind: "place", nodes: breakTies(parsed.nodes) };
    return { kind: "unknown" };
  }

  /**
   * Several places in one cell (上海、北京) are ambiguous, unless one lies inside the
   * others (上海市, 浦东新区 → 浦东新区). A place and abroad (上海、美国) are ambiguous
   * too, with "overseas" among the candidates.
   */
  function resolveCanonical(s: string): RegionResolution {
    const parts = s.split(LIST_SEPARATORS).filter((p) => p !== "");
    const results = parts.map(resolvePart);
    const places = results.flatMap((r) => (r.kind === "place" ? r.nodes : []));
    const unique = places.filter((n, i) => places.findIndex((m) => m.code === n.code) === i);
    const specific = unique.filter((n) => !unique.some((other) => isWithin(other, n)));
    const overseas = results.some((r) => r.kind === "overseas");
    const [only] = specific;
    if (only === undefined) return overseas ? { ...OVERSEAS } : { ...UNKNOWN };
    if (specific.length === 1 && !overseas) return resolved(only);
    return ambiguous(specific, overseas);
  }

  return {
    resolve(raw) {
      if (raw === null || raw === undefined) return { ...UNKNOWN };
      const s = placeText(String(raw));
      let result = cache.get(s);
      if (result === undefined) {
        result = resolveCanonical(s);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(s, result);
      }
      return result.candidates === undefined
        ? { ...result }
        : { ...result, candidates: [...result.candidates] };
    },
    name(code) {
      return nodeOfCode(code)?.name ?? null;
    },
    place(code) {
      const node = nodeOfCode(code);
      return node === null ? null : resolved(node);
    },
  };
}

function localityNode(code: string | undefined): RegionNode | null {
  if (code === undefined) return null;
  const node = /^\d{6}$/u.test(code) ? loadDivisions().byCode.get(code) : undefined;
  if (node === undefined) {
    throw new UserError(
      `locality "${code}" is not a GB/T 2260 code of a province, city or county (e.g. 410923)`,
    );
  }
  return node;
}

function resolved(node: RegionNode): RegionResolution {
  return {
    code: node.code,
    county: node.county,
    city: node.city,
    province: node.province,
    status: "ok",
  };
}

function ambiguous(nodes: RegionNode[], overseas: boolean): RegionResolution {
  const shared = (key: "county" | "city" | "province"): string | null => {
    const first = nodes[0]?.[key] ?? null;
    return !overseas && nodes.every((n) => n[key] === first) ? first : null;
  };
  const codes = nodes.map((n) => n.code).sort();
  return {
    code: null,
    county: shared("county"),
    city: shared("city"),
    province: shared("province"),
    status: "ambiguous",
    candidates: overseas ? [...codes, "overseas"] : codes,
  };
}
