/**
 * Place-name text handling: the form place names are compared in, and the short forms
 * ("stems") under which a division may be written without its suffix
 * (河南省 → 河南, 南乐县 → 南乐, 延边朝鲜族自治州 → 延边).
 */

import { cleanText, toSimplified } from "../text/clean.ts";

/**
 * Traditional → simplified Chinese (南樂縣 → 南乐县, 臺灣 → 台湾, 中衞 → 中卫), by the one
 * converter every text of talentmap goes through (src/text/clean.ts). Note it also maps some
 * simplified characters (乾县 → 干县): callers match both forms.
 */
export const simplified = toSimplified;

/** Brackets and quotes: 南乐县（城关镇） reads as 南乐县城关镇, 《上海》 as 上海. */
const BRACKETS = /[()[\]{}<>【】〔〕〈〉《》「」『』"'“”‘’]+/gu;

/**
 * A place as written, in the form division names are indexed in: cleaned as every cell is
 * (src/text/clean.ts: full-width forms folded, invisible characters dropped), then without
 * any space, bracket or quote, since a place name holds none (上海 市, 南乐县（城关镇）).
 */
export function placeText(raw: string): string {
  return cleanText(raw).replaceAll(" ", "").replace(BRACKETS, "");
}

/** The 55 ethnic minorities' names (without 族), longest first for stripping. */
const ETHNIC = [
  "蒙古",
  "回",
  "藏",
  "维吾尔",
  "苗",
  "彝",
  "壮",
  "布依",
  "朝鲜",
  "满",
  "侗",
  "瑶",
  "白",
  "土家",
  "哈尼",
  "哈萨克",
  "傣",
  "黎",
  "傈僳",
  "佤",
  "畲",
  "高山",
  "拉祜",
  "水",
  "东乡",
  "纳西",
  "景颇",
  "柯尔克孜",
  "土",
  "达斡尔",
  "仫佬",
  "羌",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "塔吉克",
  "怒",
  "乌孜别克",
  "俄罗斯",
  "鄂温克",
  "德昂",
  "保安",
  "裕固",
  "京",
  "塔塔尔",
  "独龙",
  "鄂伦春",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
  "各",
].sort((a, b) => b.length - a.length);

/**
 * Removes trailing ethnic designations: 长阳土家族 → 长阳, 围场满族蒙古族 → 围场,
 * 博尔塔拉蒙古 → 博尔塔拉, 龙胜各族 → 龙胜. A name is never stripped below two characters.
 */
function stripEthnic(stem: string): string {
  let s = stem;
  for (;;) {
    let next: string | undefined;
    for (const e of ETHNIC) {
      for (const tail of [`${e}族`, e]) {
        // A bare one-character name (回, 藏…) only counts when followed by 族.
        if (tail.length < 2) continue;
        if (s.endsWith(tail) && s.length - tail.length >= 2) {
          next = s.slice(0, -tail.length);
          break;
        }
      }
      if (next !== undefined) break;
    }
    if (next === undefined) return s;
    s = next;
  }
}

/** Stems shorter than this are never used: one character names too much (城区 → 城). */
const MIN_STEM = 2;

/** Stems that are generic words rather than names (市中区 → 市中, 新区 → 新). */
const GENERIC_STEMS = new Set(["市中", "市辖", "城中", "城东", "城西", "城南", "城北"]);

function keep(stem: string, full: string): string[] {
  if (stem === full || stem.length < MIN_STEM || GENERIC_STEMS.has(stem)) return [];
  return [stem];
}

/** Hand-kept short names of provinces whose stem is not a plain suffix cut. */
const PROVINCE_SHORT: Readonly<Record<string, string>> = {
  内蒙古自治区: "内蒙古",
  广西壮族自治区: "广西",
  西藏自治区: "西藏",
  宁夏回族自治区: "宁夏",
  新疆维吾尔自治区: "新疆",
  香港特别行政区: "香港",
  澳门特别行政区: "澳门",
};

/** Short forms of a province-level name: 河南省 → 河南, 上海市 → 上海, 广西壮族自治区 → 广西. */
export function provinceStems(name: string): string[] {
  const short = PROVINCE_SHORT[name];
  if (short !== undefined) return [short];
  const m = /^(.+?)(省|市)$/u.exec(name);
  return m?.[1] ? keep(m[1], name) : [];
}

/**
 * The first usable stem of `name` under the suffixes tried in order (longest first):
 * 清新区 has no stem under 新区 (清 is one character) but has 清新 under 区.
 */
function stemBy(name: string, suffixes: readonly string[], ethnic: ReadonlySet<string>): string[] {
  for (const suffix of suffixes) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, -suffix.length);
    if (ethnic.has(suffix)) {
      stem = stripEthnic(stem);
      // 鄂温克族自治旗 → 鄂温克, 东乡族自治县 → 东乡: the stem is itself an ethnic name.
      if (stem.endsWith("族") && stem.length > MIN_STEM) stem = stem.slice(0, -1);
    }
    const stems = keep(stem, name);
    if (stems.length > 0) return stems;
  }
  return [];
}

const CITY_SUFFIXES = ["自治州", "地区", "盟", "市"];
const CITY_ETHNIC: ReadonlySet<string> = new Set(["自治州"]);
const COUNTY_ETHNIC: ReadonlySet<string> = new Set(["自治县", "自治旗"]);
const TOWN_ETHNIC: ReadonlySet<string> = new Set(["民族乡", "乡"]);
const COUNTY_SUFFIXES = [
  "自治县",
  "自治旗",
  "新区",
  "林区",
  "特区",
  "矿区",
  "区",
  "县",
  "市",
  "旗",
];
const TOWN_SUFFIXES = ["街道办事处", "街道", "办事处", "民族乡", "镇", "乡", "苏木", "地区"];

/** Short forms of a prefecture-level name: 南京市 → 南京, 延边朝鲜族自治州 → 延边, 兴安盟 → 兴安. */
export function cityStems(name: string): string[] {
  return stemBy(name, CITY_SUFFIXES, CITY_ETHNIC);
}

/**
 * Short forms of a county-level name: 南乐县 → 南乐, 浦东新区 → 浦东, 清新区 → 清新,
 * 长阳土家族自治县 → 长阳, 鄂伦春自治旗 → 鄂伦春, 六枝特区 → 六枝, 神农架林区 → 神农架.
 * 城区, 矿区, 郊区 have no stem (one character is not a name), nor has 市中区.
 */
export function countyStems(name: string): string[] {
  return stemBy(name, COUNTY_SUFFIXES, COUNTY_ETHNIC);
}

/** Short forms of a town-level name: 千口镇 → 千口, 东华门街道 → 东华门, 南磨房地区 → 南磨房. */
export function townStems(name: string): string[] {
  return stemBy(name, TOWN_SUFFIXES, TOWN_ETHNIC);
}

/**
 * Characters that, right after a place written without its suffix, show that the text
 * names something else (南京路 is a street, 城关镇 is not 城关区): a stem may end a match
 * only when it is not followed by one of these.
 */
export const SUFFIX_START = new Set([..."省市区县镇乡街道村旗盟州路"]);
