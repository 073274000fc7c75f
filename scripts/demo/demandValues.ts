import type { PositionLevel } from "./positions.ts";
import type { Rng } from "./random.ts";

/** Requirement values as enterprises write them, by the level of the position. */
type Weights = readonly (readonly [string, number])[];

const EDUCATION: Record<PositionLevel, Weights> = {
  research: [
    ["博士", 25],
    ["博士研究生", 10],
    ["硕士研究生", 35],
    ["硕士及以上", 15],
    ["研究生", 10],
    ["本科及以上", 5],
  ],
  engineer: [
    ["硕士研究生", 10],
    ["本科及以上", 45],
    ["本科", 25],
    ["大专及以上", 12],
    ["不限", 3],
    ["", 5],
  ],
  technician: [
    ["大专", 30],
    ["大专及以上", 15],
    ["中专", 20],
    ["中专及以上", 8],
    ["高中", 7],
    ["不限", 12],
    ["", 8],
  ],
  general: [
    ["本科", 20],
    ["大专", 35],
    ["中专", 10],
    ["不限", 25],
    ["", 10],
  ],
};

const TITLE: Record<PositionLevel, Weights> = {
  research: [
    ["正高级", 10],
    ["正高级工程师", 8],
    ["高级工程师", 35],
    ["副高及以上", 12],
    ["工程师", 20],
    ["不限", 10],
    ["", 5],
  ],
  engineer: [
    ["高级工程师", 8],
    ["工程师", 35],
    ["中级", 5],
    ["助理工程师", 15],
    ["不限", 20],
    ["", 17],
  ],
  technician: [
    ["助理工程师", 5],
    ["技术员", 5],
    ["不限", 35],
    ["无", 10],
    ["", 45],
  ],
  general: [
    ["不限", 40],
    ["无", 10],
    ["", 50],
  ],
};

const SKILL_TECHNICIAN: Weights = [
  ["高级技师", 5],
  ["技师", 15],
  ["高级工", 30],
  ["中级工", 20],
  ["初级工", 5],
  ["不限", 10],
  ["", 15],
];

const HEADCOUNT: Record<PositionLevel, readonly [number, number]> = {
  research: [1, 2],
  engineer: [1, 5],
  technician: [2, 12],
  general: [1, 6],
};

/** Monthly pay range in yuan, low end. */
const PAY: Record<PositionLevel, readonly [number, number]> = {
  research: [12_000, 25_000],
  engineer: [6_000, 12_000],
  technician: [4_500, 7_000],
  general: [3_500, 5_500],
};

export function drawEducation(rng: Rng, level: PositionLevel): string {
  return rng.weighted(EDUCATION[level]);
}

export function drawTitle(rng: Rng, level: PositionLevel): string {
  return rng.weighted(TITLE[level]);
}

export function drawSkill(rng: Rng, level: PositionLevel): string {
  if (level === "technician") return rng.weighted(SKILL_TECHNICIAN);
  return rng.chance(0.1) ? "不限" : "";
}

export function drawHeadcount(rng: Rng, level: PositionLevel): number {
  const [low, high] = HEADCOUNT[level];
  // Small numbers are far more common than large ones.
  return Math.min(rng.int(low, high), rng.int(low, high));
}

export function drawUrgency(rng: Rng, level: PositionLevel): string {
  return level === "research"
    ? rng.weighted([
        ["非常紧缺", 50],
        ["紧缺", 40],
        ["一般", 10],
      ] as const)
    : rng.weighted([
        ["非常紧缺", 20],
        ["紧缺", 45],
        ["一般", 35],
      ] as const);
}

export function drawMode(rng: Rng, level: PositionLevel, flexibleWord: string): string {
  return level === "research"
    ? rng.weighted([
        [flexibleWord, 40],
        ["全职", 40],
        [`全职或${flexibleWord}`, 20],
      ] as const)
    : rng.weighted([
        ["全职", 90],
        [flexibleWord, 10],
      ] as const);
}

export type SalaryStyle = "month-yuan" | "month-plain" | "year-wan";

export function drawSalary(rng: Rng, level: PositionLevel, style: SalaryStyle): string {
  const pay = drawPay(rng, level, style);
  return rng.chance(0.08) ? `${pay}${rng.pick(PERKS)}` : pay;
}

/** What some enterprises add after the pay; some with an ASCII comma, as typed. */
const PERKS = [",包食宿", "，五险一金", ",提供人才公寓", "（含绩效）", ' "一人一策"'];

function drawPay(rng: Rng, level: PositionLevel, style: SalaryStyle): string {
  if (rng.chance(0.12)) return "面议";
  const [low, high] = PAY[level];
  const from = Math.round(rng.int(low, high) / 500) * 500;
  const to = from + Math.round(rng.int(2_000, 6_000) / 1000) * 1000;
  if (style === "month-plain") return rng.chance(0.15) ? `${from}以上` : `${from}-${to}`;
  const yearFrom = Math.round((from * 13) / 10_000);
  const yearTo = Math.round((to * 13) / 10_000);
  if (style === "year-wan") return `${yearFrom}-${yearTo}万`;
  return level === "research" && rng.chance(0.4)
    ? `年薪${yearFrom}-${yearTo}万`
    : `${from}-${to}元/月`;
}

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

export function fullWidth(text: string): string {
  return text.replace(/\d/g, (digit) => FULL_WIDTH_DIGITS[Number(digit)] as string);
}
