/**
 * Places abroad: countries (with or without a city after them: 美国硅谷, 德国慕尼黑),
 * overseas words (海外, 国外, 境外), some continents, well-known foreign cities, and a
 * few English country names written whole. Hong Kong, Macao and Taiwan are not here:
 * they are regions of China (see divisions.ts).
 */

/** Terms that, at the start of a place text, mean "abroad". */
const ABROAD_PREFIXES = [
  // overseas words
  "海外",
  "国外",
  "境外",
  // continents and world regions (亚洲 is left out: it includes China)
  "欧洲",
  "北美洲",
  "北美",
  "南美洲",
  "南美",
  "美洲",
  "拉丁美洲",
  "拉美",
  "非洲",
  "大洋洲",
  "中东",
  "东南亚",
  "中亚",
  // Asia
  "日本",
  "韩国",
  "南韩",
  "朝鲜",
  "蒙古国",
  "新加坡",
  "马来西亚",
  "印度尼西亚",
  "印尼",
  "泰国",
  "越南",
  "老挝",
  "柬埔寨",
  "缅甸",
  "菲律宾",
  "文莱",
  "印度",
  "巴基斯坦",
  "孟加拉国",
  "孟加拉",
  "斯里兰卡",
  "尼泊尔",
  "哈萨克斯坦",
  "乌兹别克斯坦",
  "吉尔吉斯斯坦",
  "塔吉克斯坦",
  "土库曼斯坦",
  "阿富汗",
  "伊朗",
  "伊拉克",
  "沙特阿拉伯",
  "沙特",
  "阿联酋",
  "阿拉伯联合酋长国",
  "卡塔尔",
  "科威特",
  "以色列",
  "土耳其",
  "约旦",
  // Europe
  "英国",
  "英格兰",
  "苏格兰",
  "法国",
  "德国",
  "意大利",
  "西班牙",
  "葡萄牙",
  "荷兰",
  "比利时",
  "卢森堡",
  "瑞士",
  "奥地利",
  "瑞典",
  "挪威",
  "丹麦",
  "芬兰",
  "冰岛",
  "爱尔兰",
  "波兰",
  "捷克",
  "斯洛伐克",
  "匈牙利",
  "罗马尼亚",
  "保加利亚",
  "希腊",
  "塞尔维亚",
  "克罗地亚",
  "乌克兰",
  "白俄罗斯",
  "俄罗斯",
  "俄国",
  // Americas
  "美国",
  "美利坚",
  "加拿大",
  "墨西哥",
  "巴西",
  "阿根廷",
  "智利",
  "秘鲁",
  "哥伦比亚",
  "委内瑞拉",
  "古巴",
  // Oceania
  "澳大利亚",
  "澳洲",
  "新西兰",
  // Africa
  "南非",
  "埃及",
  "尼日利亚",
  "肯尼亚",
  "埃塞俄比亚",
  "阿尔及利亚",
  "摩洛哥",
  "坦桑尼亚",
  "安哥拉",
  "加纳",
  "赞比亚",
];

/** Foreign cities written alone; they lose to a Chinese division covering more of the text. */
const FOREIGN_CITIES = [
  "硅谷",
  "纽约",
  "洛杉矶",
  "旧金山",
  "圣地亚哥",
  "西雅图",
  "波士顿",
  "芝加哥",
  "华盛顿",
  "休斯顿",
  "费城",
  "多伦多",
  "温哥华",
  "蒙特利尔",
  "伦敦",
  "剑桥",
  "牛津",
  "曼彻斯特",
  "巴黎",
  "柏林",
  "慕尼黑",
  "法兰克福",
  "汉堡",
  "阿姆斯特丹",
  "苏黎世",
  "日内瓦",
  "斯德哥尔摩",
  "米兰",
  "马德里",
  "莫斯科",
  "东京",
  "大阪",
  "京都",
  "首尔",
  "釜山",
  "曼谷",
  "吉隆坡",
  "雅加达",
  "河内",
  "胡志明市",
  "迪拜",
  "新德里",
  "孟买",
  "悉尼",
  "墨尔本",
  "奥克兰",
];

/** English (and Latin-letter) names, matched against the whole text, upper-cased, spaces removed. */
const ENGLISH_ABROAD = new Set([
  "ABROAD",
  "OVERSEAS",
  "USA",
  "US",
  "U.S.",
  "U.S.A.",
  "AMERICA",
  "UNITEDSTATES",
  "UK",
  "U.K.",
  "UNITEDKINGDOM",
  "BRITAIN",
  "GREATBRITAIN",
  "ENGLAND",
  "JAPAN",
  "KOREA",
  "SOUTHKOREA",
  "GERMANY",
  "FRANCE",
  "ITALY",
  "SPAIN",
  "NETHERLANDS",
  "SWITZERLAND",
  "SWEDEN",
  "RUSSIA",
  "CANADA",
  "AUSTRALIA",
  "NEWZEALAND",
  "SINGAPORE",
  "MALAYSIA",
  "THAILAND",
  "INDIA",
]);

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const PREFIXES = [...ABROAD_PREFIXES].sort(byLengthDesc);
const CITIES = [...FOREIGN_CITIES].sort(byLengthDesc);

/** Countries, continents and overseas words (tests check they clash with no division). */
export const abroadPrefixes: readonly string[] = PREFIXES;
/** Foreign cities (some share a start with a division: 多伦多 / 多伦县). */
export const foreignCities: readonly string[] = CITIES;

/**
 * True when canonical text `s` starts with a country, continent or overseas word.
 * 朝鲜族… (the ethnic group) is not 朝鲜 (the country).
 */
export function startsAbroad(s: string): boolean {
  for (const term of PREFIXES) {
    if (s.startsWith(term) && s[term.length] !== "族") return true;
  }
  return ENGLISH_ABROAD.has(s.toUpperCase());
}

/** Length of the well-known foreign city `s` starts with (多伦多 → 3), or 0. */
export function foreignCityLength(s: string): number {
  return CITIES.find((city) => s.startsWith(city))?.length ?? 0;
}
