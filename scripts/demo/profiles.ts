import { type ChainId, chainById } from "./chains.ts";
import type { Rng } from "./random.ts";

/** What a person's record says about their schooling, title and field, by the kind of talent. */
export type Profile = "expert" | "business" | "official";

type Weights = readonly (readonly [string, number])[];

const EDUCATION: Record<Profile, Weights> = {
  expert: [
    ["博士", 45],
    ["硕士", 40],
    ["本科", 13],
    ["", 2],
  ],
  business: [
    ["博士", 1],
    ["硕士", 8],
    ["本科", 35],
    ["大专", 30],
    ["中专", 18],
    ["", 8],
  ],
  official: [
    ["博士", 3],
    ["硕士", 35],
    ["本科", 58],
    ["大专", 2],
    ["", 2],
  ],
};

const TITLE: Record<Profile, Weights> = {
  expert: [
    ["正高级工程师", 12],
    ["高级工程师", 28],
    ["研究员", 8],
    ["教授", 7],
    ["副教授", 14],
    ["副研究员", 5],
    ["工程师", 16],
    ["助理工程师", 3],
    ["无", 3],
    ["", 4],
  ],
  business: [
    ["高级经济师", 3],
    ["经济师", 9],
    ["工程师", 10],
    ["助理工程师", 8],
    ["无", 30],
    ["", 40],
  ],
  official: [
    ["高级经济师", 5],
    ["经济师", 10],
    ["无", 25],
    ["", 60],
  ],
};

const SKILL_BUSINESS: Weights = [
  ["高级技师", 3],
  ["技师", 6],
  ["高级工", 8],
  ["", 83],
];

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  "bio-materials": [
    "高分子材料与工程",
    "生物工程",
    "发酵工程",
    "化学工程与工艺",
    "材料科学与工程",
    "微生物学",
  ],
  "food-processing": ["食品科学与工程", "食品质量与安全", "农产品加工及贮藏工程", "粮食工程"],
  equipment: ["机械设计制造及其自动化", "机械工程", "材料成型及控制工程", "数控技术", "车辆工程"],
  electronics: ["计算机科学与技术", "软件工程", "电子信息工程", "通信工程", "微电子科学与工程"],
  "new-energy": ["电气工程", "电气工程及其自动化", "新能源科学与工程", "能源与动力工程", "电化学"],
  none: ["工商管理", "会计学", "经济学", "市场营销", "临床医学", "汉语言文学"],
  official: ["法学", "行政管理", "汉语言文学", "经济学", "公共管理"],
};

const DOMAIN_WEIGHTS: readonly (readonly [ChainId | null, number])[] = [
  ["bio-materials", 22],
  ["food-processing", 18],
  ["equipment", 20],
  ["electronics", 18],
  ["new-energy", 12],
  [null, 10],
];

export function drawDomain(rng: Rng, profile: Profile): ChainId | null {
  if (profile === "official") return null;
  if (profile === "business" && rng.chance(0.4)) return null;
  return rng.weighted(DOMAIN_WEIGHTS);
}

export function drawEducation(rng: Rng, profile: Profile): string {
  return rng.weighted(EDUCATION[profile]);
}

export function drawTitle(rng: Rng, profile: Profile, education: string): string {
  const title = rng.weighted(TITLE[profile]);
  // Senior titles go with postgraduate degrees more often than not.
  if (profile === "expert" && education === "本科" && /正高|研究员|教授/.test(title)) {
    return "高级工程师";
  }
  return title;
}

export function drawSkill(rng: Rng, profile: Profile): string {
  return profile === "business" ? rng.weighted(SKILL_BUSINESS) : "";
}

export function drawField(rng: Rng, profile: Profile, domain: ChainId | null): string {
  if (profile === "official") return rng.pick(FIELDS.official ?? []);
  if (rng.chance(0.03)) return "";
  return rng.pick(FIELDS[domain ?? "none"] ?? []);
}

const TRADE_SECTORS: Readonly<Record<string, string>> = {
  商贸: "批发和零售业",
  建筑工程: "建筑业",
  物流: "交通运输、仓储和邮政业",
  房地产开发: "房地产业",
  劳务: "租赁和商务服务业",
};

/** 所属行业 as a roster writes it, often left blank. `companyKind` is null at an institution. */
export function drawSector(
  rng: Rng,
  profile: Profile,
  domain: ChainId | null,
  companyKind: string | null,
): string {
  if (profile === "official") return rng.chance(0.5) ? "公共管理、社会保障和社会组织" : "";
  if (companyKind === null)
    return rng.chance(0.5) ? rng.pick(["教育", "科学研究和技术服务业"]) : "";
  if (domain === null) return rng.chance(0.6) ? (TRADE_SECTORS[companyKind] ?? "") : "";
  return rng.chance(0.55) ? rng.pick(chainById(domain).sectors) : "";
}

export function chainLabel(rng: Rng, domain: ChainId): string {
  const chain = chainById(domain);
  return rng.chance(0.75) ? chain.name : rng.pick(chain.aliases);
}

export const COMPANY_KINDS: Readonly<Record<string, readonly string[]>> = {
  "bio-materials": ["生物科技", "化工", "新材料"],
  "food-processing": ["食品", "餐饮管理", "农业开发"],
  equipment: ["机械", "重工", "自动化设备"],
  electronics: ["信息技术", "电子科技", "网络科技"],
  "new-energy": ["新能源", "光伏科技", "电力工程"],
  none: ["商贸", "建筑工程", "物流", "房地产开发", "劳务"],
};

export const GOVERNMENT_BODIES = [
  "发展和改革委员会",
  "工业和信息化局",
  "商务局",
  "科学技术局",
  "人民政府办公室",
  "财政局",
  "人力资源和社会保障局",
];
