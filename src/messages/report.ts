import type { Ladder } from "../vocab/ladders.ts";
import type { Lang } from "./lang.ts";

/** Which side of the gap a level belongs to: demand's "none" reads 不限, supply's 无. */
export type Side = "demand" | "supply";

/** Every label of the HTML reports and the exports, in one place per language. */
export interface ReportText {
  readonly htmlLang: string;
  readonly siteTitle: string;
  readonly generatedAt: string;
  readonly chains: string;
  readonly chain: string;
  readonly chainId: string;
  readonly wave: string;
  readonly waves: string;
  readonly people: string;
  readonly positions: string;
  readonly headcount: string;
  readonly demand: string;
  readonly matched: string;
  readonly gap: string;
  readonly ladder: string;
  readonly level: string;
  readonly count: string;
  readonly measure: string;
  readonly totals: string;
  readonly province: string;
  readonly region: string;
  readonly employer: string;
  readonly education: string;
  readonly title: string;
  readonly backToIndex: string;
  readonly noData: string;
  readonly inputs: string;
  readonly file: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<string, string>>;
  readonly rowsRead: string;
  readonly rowsLoaded: string;
  readonly rowsRejected: string;
  readonly fileError: string;
  readonly unassigned: string;
  readonly unassignedDemandRows: string;
  readonly unassignedPeople: string;
  readonly rosterRows: string;
  readonly distinctPeople: string;
  readonly overseas: string;
  readonly unknownPlace: string;
  readonly hiddenValue: string;
  readonly headlines: string;
  readonly demandByEducation: string;
  readonly supplyByEducation: string;
  readonly supplyByTitle: string;
  readonly supplyByProvince: string;
  readonly demandByRegion: string;
  readonly employers: string;
  readonly latestWave: (wave: string) => string;
  readonly gapChart: (ladder: Ladder, wave: string) => string;
  readonly suppressionNote: (minCellSize: number) => string;
  readonly gapNote: string;
  readonly matchedBasis: string;
  readonly levels: Readonly<Record<Ladder, Readonly<Record<string, string>>>>;
  readonly supplyNone: string;
  readonly ladderNames: Readonly<Record<Ladder, string>>;
  readonly rejectHeaders: readonly [string, string, string, string, string, string];
  readonly sheets: {
    readonly gaps: string;
    readonly rejects: string;
    readonly pivot: (ladder: Ladder) => string;
  };
}

const zh: ReportText = {
  htmlLang: "zh-CN",
  siteTitle: "产业链人才图谱",
  generatedAt: "生成时间",
  chains: "产业链",
  chain: "产业链",
  chainId: "产业链代码",
  wave: "批次",
  waves: "调查批次",
  people: "人才数",
  positions: "需求岗位数",
  headcount: "需求人数",
  demand: "需求",
  matched: "可匹配",
  gap: "缺口",
  ladder: "维度",
  level: "层级",
  count: "人数",
  measure: "指标",
  totals: "名录与归属",
  province: "省份",
  region: "地区",
  employer: "企业",
  education: "学历",
  title: "职称",
  backToIndex: "返回总览",
  noData: "暂无数据",
  inputs: "输入文件",
  file: "文件",
  kind: "类型",
  kinds: { demand: "需求调查", roster: "人才名录" },
  rowsRead: "读取行数",
  rowsLoaded: "载入行数",
  rowsRejected: "剔除行数",
  fileError: "整份文件未载入的原因",
  unassigned: "未归入产业链",
  unassignedDemandRows: "需求行（含归属不明确的）",
  unassignedPeople: "人才",
  rosterRows: "名录行数",
  distinctPeople: "去重后人才数",
  overseas: "海外",
  unknownPlace: "未知",
  hiddenValue: "（个人信息，已隐去）",
  headlines: "概况",
  demandByEducation: "需求学历分布",
  supplyByEducation: "人才学历分布",
  supplyByTitle: "人才职称分布",
  supplyByProvince: "人才所在省份",
  demandByRegion: "需求所在地区",
  employers: "需求企业",
  latestWave: (wave) => `最新批次 ${wave}`,
  gapChart: (ladder, wave) =>
    `${wave} ${ladder === "education" ? "学历" : "职称"}缺口：需求与可匹配人才`,
  suppressionNote: (k) =>
    `为保护个人信息，少于${k}人的人才数显示为“<${k}”（0 照实显示）；需求人数不涉及个人信息，照实显示。`,
  gapNote: "可匹配数被隐去时，缺口显示为可能的范围。",
  matchedBasis: "总览与概况中的可匹配数、缺口按学历计算；职称的匹配见各批次的职称缺口表。",
  levels: {
    education: {
      doctorate: "博士",
      master: "硕士",
      bachelor: "本科",
      associate: "大专",
      vocational: "中专/高中",
      none: "不限",
      unknown: "未知",
    },
    title: {
      senior: "正高级",
      "vice-senior": "副高级",
      intermediate: "中级",
      junior: "初级",
      none: "不限",
    },
  },
  supplyNone: "无职称",
  ladderNames: { education: "学历", title: "职称" },
  rejectHeaders: ["文件", "工作表", "行号", "列", "值", "原因"],
  sheets: {
    gaps: "缺口",
    rejects: "剔除记录",
    pivot: (ladder) => (ladder === "education" ? "学历缺口" : "职称缺口"),
  },
};

const en: ReportText = {
  htmlLang: "en",
  siteTitle: "Industry-chain talent maps",
  generatedAt: "Generated",
  chains: "Chains",
  chain: "Chain",
  chainId: "Chain id",
  wave: "Wave",
  waves: "Survey waves",
  people: "People",
  positions: "Positions",
  headcount: "Headcount",
  demand: "Demand",
  matched: "Matched",
  gap: "Gap",
  ladder: "Ladder",
  level: "Level",
  count: "Count",
  measure: "Measure",
  totals: "Rosters and chains",
  province: "Province",
  region: "Region",
  employer: "Employer",
  education: "Education",
  title: "Title",
  backToIndex: "Back to all chains",
  noData: "No data",
  inputs: "Input files",
  file: "File",
  kind: "Kind",
  kinds: { demand: "demand survey", roster: "roster" },
  rowsRead: "Rows read",
  rowsLoaded: "Rows loaded",
  rowsRejected: "Rows rejected",
  fileError: "Why the whole file was set aside",
  unassigned: "In no chain",
  unassignedDemandRows: "Demand rows (ambiguous ones included)",
  unassignedPeople: "People",
  rosterRows: "Roster rows",
  distinctPeople: "Distinct people",
  overseas: "Overseas",
  unknownPlace: "Unknown",
  hiddenValue: "(personal, hidden)",
  headlines: "At a glance",
  demandByEducation: "Demand by education",
  supplyByEducation: "People by education",
  supplyByTitle: "People by title",
  supplyByProvince: "People by province",
  demandByRegion: "Demand by region",
  employers: "Employers",
  latestWave: (wave) => `latest wave ${wave}`,
  gapChart: (ladder, wave) => `${wave} ${ladder} gap: demand against matched people`,
  suppressionNote: (k) =>
    `To protect personal information, counts of people below ${k} are shown as "<${k}" (0 is shown as 0); demand headcounts are not personal and are shown exactly.`,
  gapNote: "Where the matched count is hidden, the gap is shown as the range it can take.",
  matchedBasis:
    "Matched and gap totals on the overview are counted on the education ladder; each wave's title table shows titles.",
  levels: {
    education: {
      doctorate: "Doctorate",
      master: "Master",
      bachelor: "Bachelor",
      associate: "Associate",
      vocational: "Vocational",
      none: "Any",
      unknown: "Unknown",
    },
    title: {
      senior: "Senior",
      "vice-senior": "Vice-senior",
      intermediate: "Intermediate",
      junior: "Junior",
      none: "Any",
    },
  },
  supplyNone: "None",
  ladderNames: { education: "education", title: "title" },
  rejectHeaders: ["file", "sheet", "row", "column", "value", "reason"],
  sheets: {
    gaps: "gaps",
    rejects: "rejects",
    pivot: (ladder) => `${ladder} gap`,
  },
};

const texts: Record<Lang, ReportText> = { zh, en };

export function reportText(lang: Lang): ReportText {
  return texts[lang];
}

/** The label of a ladder key; a person without a title reads 无职称, a demand without one 不限. */
export function levelLabel(text: ReportText, ladder: Ladder, key: string, side: Side): string {
  if (ladder === "title" && key === "none" && side === "supply") return text.supplyNone;
  return text.levels[ladder][key] ?? key;
}
