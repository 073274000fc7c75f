import { chineseDate, slashDate } from "./dates.ts";
import type { SalaryStyle } from "./demandValues.ts";
import type { Rng } from "./random.ts";
import type { Cell } from "./write.ts";

/** The survey files of the demo workspace: where they go and how each one writes its values. */
export type DemandKey =
  | "seq"
  | "employer"
  | "creditCode"
  | "chain"
  | "sector"
  | "region"
  | "position"
  | "field"
  | "education"
  | "title"
  | "skill"
  | "headcount"
  | "urgency"
  | "salary"
  | "mode"
  | "date";

export type Wave = "2024H1" | "2024H2";

export interface DemandLayout {
  id: "h1-xlsx" | "h1-csv" | "h2-xlsx" | "h2-csv";
  wave: Wave;
  /** Relative to the workspace. */
  path: string;
  format: "xlsx" | "csv";
  /** Data sheet (xlsx only). */
  sheet: string | null;
  /** Share of the wave's enterprises that report through this file. */
  weight: number;
  columns: readonly (readonly [DemandKey, string])[];
  region(rng: Rng, town: string): string;
  headcount(rng: Rng, count: number): Cell;
  date(iso: string): Cell;
  salary: SalaryStyle;
  flexibleWord: string;
  /** A CSV's encoding (default UTF-8 with BOM). */
  encoding?: "utf-8-bom" | "gb18030";
  /** Columns whose header and values are written in traditional characters. */
  traditional?: readonly DemandKey[];
}

export const WAVE_DATES: Record<Wave, readonly [string, string]> = {
  "2024H1": ["2024-03-04", "2024-05-31"],
  "2024H2": ["2024-09-02", "2024-11-29"],
};

const withCounty = (town: string) => `南乐县${town}`;

export const DEMAND_LAYOUTS: readonly DemandLayout[] = [
  {
    id: "h1-xlsx",
    wave: "2024H1",
    path: "surveys/2024H1/南乐县2024年上半年重点企业人才需求调查表.xlsx",
    format: "xlsx",
    sheet: "需求表",
    weight: 65,
    columns: [
      ["seq", "序号"],
      ["employer", "企业名称"],
      ["creditCode", "统一社会信用代码"],
      ["chain", "所属产业链"],
      ["sector", "所属行业"],
      ["region", "所在乡镇"],
      ["position", "岗位名称"],
      ["field", "专业要求"],
      ["education", "学历要求"],
      ["title", "职称要求"],
      ["skill", "技能等级"],
      ["headcount", "需求人数"],
      ["urgency", "紧缺程度"],
      ["salary", "薪酬待遇"],
      ["mode", "引进方式"],
      ["date", "填报日期"],
    ],
    region: (rng, town) => (rng.chance(0.7) ? town : withCounty(town)),
    headcount: (rng, n) =>
      rng.weighted<Cell>([
        [n, 65],
        [`${n}人`, 20],
        [`${n}名`, 10],
        [String(n), 5],
      ]),
    date: (iso) => ({ date: iso }),
    salary: "month-yuan",
    flexibleWord: "柔性",
  },
  {
    id: "h1-csv",
    wave: "2024H1",
    path: "surveys/2024H1/产业园区企业人才需求.csv",
    format: "csv",
    sheet: null,
    weight: 35,
    columns: [
      ["employer", "企业名称"],
      ["creditCode", "统一社会信用代码"],
      ["chain", "所属产业链"],
      ["sector", "所属行业"],
      ["region", "所在地"],
      ["position", "岗位名称"],
      ["field", "专业要求"],
      ["education", "学历要求"],
      ["title", "职称要求"],
      ["skill", "技能等级"],
      ["headcount", "需求人数"],
      ["urgency", "紧缺程度"],
      ["salary", "薪酬待遇"],
      ["mode", "引进方式"],
      ["date", "填报日期"],
    ],
    region: (rng, town) =>
      rng.weighted([
        [withCounty(town), 60],
        [town, 20],
        [`河南省濮阳市南乐县${town}`, 10],
        ["南乐县", 10],
      ] as const),
    headcount: (rng, n) =>
      rng.weighted([
        [String(n), 65],
        [`${n}人`, 22],
        [`${n}名`, 13],
      ] as const),
    date: slashDate,
    salary: "month-yuan",
    flexibleWord: "柔性",
  },
  {
    id: "h2-xlsx",
    wave: "2024H2",
    path: "surveys/2024H2/2024年下半年企业人才需求汇总.xlsx",
    format: "xlsx",
    sheet: "汇总",
    weight: 60,
    columns: [
      ["employer", "单位名称"],
      ["creditCode", "信用代码"],
      ["chain", "产业链"],
      ["sector", "行业"],
      ["region", "所在区域"],
      ["position", "需求岗位"],
      ["field", "专业方向"],
      ["education", "最低学历"],
      ["title", "职称"],
      ["skill", "技能要求"],
      ["headcount", "人数"],
      ["urgency", "紧急程度"],
      ["salary", "月薪"],
      ["mode", "用工形式"],
      ["date", "填报日期"],
    ],
    region: (rng, town) => (rng.chance(0.5) ? town : withCounty(town)),
    headcount: (rng, n) =>
      rng.weighted<Cell>([
        [n, 50],
        [`${n}人`, 30],
        [`${n}名`, 20],
      ]),
    date: (iso) => iso,
    salary: "month-plain",
    flexibleWord: "柔性引进",
  },
  {
    id: "h2-csv",
    wave: "2024H2",
    path: "surveys/2024H2/乡镇报送企业人才需求.csv",
    format: "csv",
    sheet: null,
    weight: 40,
    columns: [
      ["employer", "用人单位"],
      ["creditCode", "统一社会信用代码"],
      ["sector", "行业类别"],
      ["region", "所在乡镇"],
      ["position", "岗位"],
      ["field", "专业"],
      ["education", "学历"],
      ["title", "职称要求"],
      ["skill", "技能等级"],
      ["headcount", "需求人数"],
      ["urgency", "紧缺程度"],
      ["salary", "年薪"],
      ["mode", "引进方式"],
      ["date", "填报日期"],
    ],
    region: (rng, town) => (rng.chance(0.8) ? town : withCounty(town)),
    headcount: (rng, n) =>
      rng.weighted([
        [String(n), 50],
        [`${n}人`, 35],
        [`${n}名`, 15],
      ] as const),
    date: chineseDate,
    salary: "year-wan",
    flexibleWord: "柔性",
    // Saved as plain "CSV" on a Chinese Windows, by a township clerk who types 學歷 and 職稱
    // in traditional characters.
    encoding: "gb18030",
    traditional: ["education", "title"],
  },
];

export function hasColumn(layout: DemandLayout, key: DemandKey): boolean {
  return layout.columns.some(([candidate]) => candidate === key);
}
