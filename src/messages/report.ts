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
    readonly catalogue: string;
    readonly shortage: string;
    readonly recruit: string;
    readonly chains: string;
  };
  readonly ratio: string;
  readonly shortageLevel: string;
  readonly bands: Readonly<Record<"severe" | "shortage" | "tight" | "ample", string>>;
  readonly change: string;
  readonly headcountChange: string;
  readonly rank: string;
  readonly previousRank: string;
  readonly newlyReported: string;
  readonly latest: string;
  readonly chainOverview: string;
  readonly heatmap: (wave: string) => string;
  readonly heatmapNote: string;
  readonly demandByTitle: string;
  readonly demandByUrgency: string;
  readonly demandByTown: string;
  readonly topEmployers: string;
  readonly supplyByCategory: string;
  readonly supplyMap: string;
  readonly topCities: string;
  readonly city: string;
  readonly town: string;
  readonly countyWide: (county: string) => string;
  readonly urgency: string;
  readonly urgencies: Readonly<Record<string, string>>;
  readonly category: string;
  readonly categories: Readonly<Record<string, string>>;
  readonly intention: string;
  readonly intentions: Readonly<Record<string, string>>;
  readonly recruit: string;
  readonly recruitIntro: (topPlaces: number, minCellSize: number) => string;
  readonly recruitLevel: (level: string, gap: string, people: string) => string;
  readonly noGap: string;
  readonly shortageByPosition: string;
  readonly shortageFormula: (b: { severe: number; shortage: number; tight: number }) => string;
  readonly shortageHidden: (minCellSize: number) => string;
  readonly position: string;
  readonly field: string;
  readonly employersCount: string;
  readonly requirements: string;
  readonly wavesCompared: (wave: string, previous: string) => string;
  readonly onlyOneWave: string;
  readonly newShortages: string;
  readonly easedShortages: string;
  readonly notReported: string;
  readonly none: string;
  readonly gapPerLevel: (wave: string) => string;
  readonly sourceWave: (s: {
    wave: string;
    enterprises: string;
    files: string;
    setAside: string;
  }) => string;
  readonly sourceRoster: (s: { files: string; date: string; setAside: string }) => string;
  readonly sourceNote: (parts: readonly string[]) => string;
  readonly filesSetAside: (n: string) => string;
  readonly download: string;
  readonly spec: string;
  readonly paragraph: (p: ParagraphFigures) => string;
  readonly quality: string;
  readonly qualityIntro: string;
  readonly rejectsByReason: string;
  readonly rejectsByFile: string;
  readonly reason: string;
  readonly rows: string;
  readonly unresolvedValues: string;
  readonly unresolvedIntro: string;
  readonly unresolvedKinds: Readonly<Record<string, string>>;
  readonly sides: Readonly<Record<string, string>>;
  readonly statuses: Readonly<Record<string, string>>;
  readonly value: string;
  readonly unassignedRows: string;
  readonly unassignedIntro: string;
  readonly row: string;
  readonly sector: string;
  readonly chainAsWritten: string;
  readonly status: string;
  readonly rejectsLink: string;
  readonly unassignedLink: string;
  /** Under a list cut short on the page: how many of how many rows it shows. */
  readonly unassignedShown: (shown: string, total: string) => string;
  readonly unassignedHeaders: readonly string[];
  readonly exportsLinks: string;
  readonly overview: string;
  readonly mapNote: string;
  readonly catalogueHeaders: readonly string[];
  readonly shortageSheetHeaders: readonly string[];
  readonly recruitSheetHeaders: readonly string[];
}

/** The figures the one-paragraph summary of a chain page is written from (already published). */
export type ParagraphFigures = {
  chain: string;
  wave: string;
  enterprises: number;
  positions: number;
  headcount: number;
  /** Since the previous wave, signed; null on the first wave. */
  change: number | null;
  people: string;
  matched: string;
  gap: string;
  ratio: string;
  band: string;
  /** The levels with the largest gaps, as "中专/高中 12人". */
  gapLevels: readonly string[];
  topEmployer: { name: string; headcount: number } | null;
  topProvince: { name: string; people: string } | null;
};

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
    catalogue: "紧缺人才需求目录",
    shortage: "岗位紧缺程度",
    recruit: "引才地区",
    chains: "产业链一览",
  },
  ratio: "供需比",
  shortageLevel: "紧缺程度",
  bands: { severe: "非常紧缺", shortage: "紧缺", tight: "偏紧", ample: "基本满足" },
  change: "较上期",
  headcountChange: "需求人数较上期",
  rank: "需求排位",
  previousRank: "上期排位",
  newlyReported: "新增",
  latest: "本期",
  chainOverview: "各产业链一览",
  heatmap: (wave) => `${wave} 各产业链分学历缺口（人）`,
  heatmapNote: "颜色越深缺口越大；灰色格子的缺口因可匹配人数过少而只显示范围。",
  demandByTitle: "需求职称分布",
  demandByUrgency: "需求紧缺程度（企业填报）",
  demandByTown: "需求所在地区（县、乡镇）",
  topEmployers: "需求最多的企业",
  supplyByCategory: "人才类别",
  supplyMap: "人才分布地图（省份）",
  topCities: "人才最多的城市",
  city: "城市",
  town: "县、乡镇",
  countyWide: (county) => `${county}（未写乡镇）`,
  urgency: "紧缺程度（企业填报）",
  urgencies: { "very-urgent": "非常紧缺", urgent: "紧缺", normal: "一般", "": "未填" },
  category: "人才类别",
  categories: {},
  intention: "意向",
  intentions: {
    "full-time-return": "全职回归",
    flexible: "柔性合作",
    project: "项目合作",
    none: "暂无意向",
    "": "未填",
  },
  recruit: "到哪里引才",
  recruitIntro: (top, k) =>
    `对本期缺口最大的学历层级，列出名录中学历达到该层级（含以上）的人才最多的省份和城市（各取前${top}个，少于${k}人的地方不列），以及他们的意向。`,
  recruitLevel: (level, gap, people) => `${level}：缺口 ${gap} 人，符合条件的人才 ${people} 人`,
  noGap: "本期各学历层级均无缺口。",
  shortageByPosition: "各岗位紧缺程度",
  shortageFormula: (b) =>
    `计算方法：供需比 = 可用人才数 ÷ 需求人数。某一层级的可用人才，是学历（或职称）达到该层级、且未被更高层级需求匹配的名录人才；一个岗位取其学历层级的供需比，有职称要求的取学历、职称两者中较低者。供需比 < ${b.severe} 为非常紧缺，< ${b.shortage} 为紧缺，< ${b.tight} 为偏紧，其余为基本满足（阈值可在 talentmap.json 的 shortageBands 中调整）。`,
  shortageHidden: (k) =>
    `可用人才少于${k}人时，供需比显示为上限（如“<0.2”），紧缺程度显示为这些人数可能对应的范围。`,
  position: "岗位",
  field: "专业要求",
  employersCount: "需求单位数",
  requirements: "学历、职称要求",
  wavesCompared: (wave, previous) => `${wave} 与上期 ${previous} 比较`,
  onlyOneWave: "只有一个调查批次，暂无上期可比。",
  newShortages: "新增紧缺岗位",
  easedShortages: "已缓解的紧缺岗位",
  notReported: "本期不再填报的紧缺岗位",
  none: "无",
  gapPerLevel: (wave) => `${wave} 各层级缺口：需求与可匹配人才`,
  sourceWave: (s) =>
    `${s.wave} 批次需求调查：企业 ${s.enterprises} 家，调查文件 ${s.files} 份，剔除 ${s.setAside} 行`,
  sourceRoster: (s) =>
    `人才名录 ${s.files} 份，截至 ${s.date}（名录文件最新修改日期），剔除 ${s.setAside} 行`,
  sourceNote: (parts) => `数据来源：${parts.join("；")}。剔除的行见数据质量页。`,
  filesSetAside: (n) => `，整份未载入的文件 ${n} 份`,
  download: "下载",
  spec: "vega-lite 规格",
  paragraph: (p) => {
    const change =
      p.change === null
        ? ""
        : p.change === 0
          ? "，与上期持平"
          : `，较上期${p.change > 0 ? "增加" : "减少"} ${Math.abs(p.change)} 人`;
    const gaps =
      p.gapLevels.length > 0 ? `缺口主要在${p.gapLevels.join("、")}。` : "各学历层级均可匹配。";
    const employer = p.topEmployer
      ? `需求最多的企业是${p.topEmployer.name}（${p.topEmployer.headcount} 人）。`
      : "";
    const province = p.topProvince
      ? `该链名录人才最多的省份是${p.topProvince.name}（${p.topProvince.people} 人）。`
      : "";
    return `${p.wave} 批次，${p.chain}产业链有 ${p.enterprises} 家企业提出 ${p.positions} 个岗位、${p.headcount} 人的需求${change}。名录中该链人才 ${p.people} 人，按学历可匹配 ${p.matched} 人，缺口 ${p.gap} 人，供需比 ${p.ratio}（${p.band}）。${gaps}${employer}${province}`;
  },
  quality: "数据质量",
  qualityIntro:
    "每一行输入要么计入图谱，要么在此列明原因。剔除的行、未能识别的值和未归入产业链的需求，修正源文件后重新运行即可。",
  rejectsByReason: "剔除原因",
  rejectsByFile: "按文件的剔除行数",
  reason: "原因",
  rows: "行数",
  unresolvedValues: "未能识别的值",
  unresolvedIntro: "这些值没有对应的代码（或对应多个），相关的行仍已载入，但该项按“未知”计。",
  unresolvedKinds: {
    education: "学历",
    title: "职称",
    skill: "技能等级",
    urgency: "紧缺程度",
    region: "需求地区",
    location: "人才所在地",
    chain: "产业链",
    category: "人才类别",
    intention: "意向",
    sector: "行业",
    field: "专业",
    position: "岗位",
  },
  sides: { demand: "需求调查", roster: "人才名录" },
  statuses: { unresolved: "无法识别", ambiguous: "有歧义", unassigned: "未归入产业链" },
  value: "值",
  unassignedRows: "未归入产业链的需求行",
  unassignedIntro:
    "这些需求行已载入，但没有归入任何产业链（或同时符合两条产业链），因此不计入各链的需求。可在 chains.json 中补充别名、行业或关键词。",
  row: "行号",
  sector: "行业",
  chainAsWritten: "填写的产业链",
  status: "状态",
  rejectsLink: "剔除明细（rejects.csv）",
  unassignedLink: "全部未归入产业链的需求行（unassigned.csv）",
  unassignedShown: (shown, total) =>
    `本页列出前 ${shown} 行，共 ${total} 行；全部见 unassigned.csv。`,
  unassignedHeaders: [
    "文件",
    "工作表",
    "行号",
    "企业",
    "岗位",
    "行业",
    "填写的产业链",
    "状态",
    "需求人数",
  ],
  exportsLinks: "导出表格",
  overview: "总览",
  mapNote:
    "示意图：每个方格代表一个省级行政区，按大致方位排列，不表示行政区域界线；方格颜色表示人数。",
  catalogueHeaders: [
    "序号",
    "产业链",
    "岗位",
    "专业要求",
    "学历要求",
    "职称要求",
    "需求人数",
    "紧缺程度",
    "需求单位数",
  ],
  shortageSheetHeaders: ["产业链", "批次", "岗位", "需求人数", "需求单位数", "供需比", "紧缺程度"],
  recruitSheetHeaders: [
    "产业链",
    "学历层级",
    "缺口",
    "地区类型",
    "地区",
    "符合条件的人才",
    "全职回归",
    "柔性合作",
    "项目合作",
    "暂无意向",
    "未填",
  ],
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
    catalogue: "shortage catalogue",
    shortage: "position shortages",
    recruit: "where to recruit",
    chains: "chains",
  },
  ratio: "Supply/demand ratio",
  shortageLevel: "Shortage level",
  bands: { severe: "Severe shortage", shortage: "Shortage", tight: "Tight", ample: "Adequate" },
  change: "Change",
  headcountChange: "Headcount change since last wave",
  rank: "Rank by demand",
  previousRank: "Previous rank",
  newlyReported: "new",
  latest: "this wave",
  chainOverview: "Every chain at a glance",
  heatmap: (wave) => `${wave} gap by chain and education (people)`,
  heatmapNote:
    "Darker cells have larger gaps; grey cells show a range because too few people were matched to publish the count.",
  demandByTitle: "Demand by title",
  demandByUrgency: "Demand by urgency (as enterprises reported)",
  demandByTown: "Demand by county and town",
  topEmployers: "Enterprises with the largest demand",
  supplyByCategory: "People by talent category",
  supplyMap: "Where the people are (provinces)",
  topCities: "Cities with the most people",
  city: "City",
  town: "County, town",
  countyWide: (county) => `${county} (no town given)`,
  urgency: "Urgency (as reported)",
  urgencies: { "very-urgent": "Very urgent", urgent: "Urgent", normal: "Normal", "": "Not given" },
  category: "Category",
  categories: {
    党政人才: "Party and government",
    高层次人才: "High-level talent",
    经商人才: "Business people",
    科技副总: "Science vice-presidents",
    柔性引进: "Flexibly engaged experts",
    专业技术人才: "Professional and technical",
    技能人才: "Skilled workers",
    农村实用人才: "Rural practical talent",
    "": "Not given",
  },
  intention: "Intention",
  intentions: {
    "full-time-return": "Return full-time",
    flexible: "Flexible cooperation",
    project: "Project cooperation",
    none: "None for now",
    "": "Not given",
  },
  recruit: "Where to recruit",
  recruitIntro: (top, k) =>
    `For the education levels with the largest gaps this wave: the provinces and cities where most roster people at that level or above are (top ${top} each; places with fewer than ${k} people are not listed), and their intentions.`,
  recruitLevel: (level, gap, people) => `${level}: gap ${gap}, people who qualify ${people}`,
  noGap: "No education level has a gap this wave.",
  shortageByPosition: "Shortage level by position",
  shortageFormula: (b) =>
    `Method: supply/demand ratio = people available ÷ positions asked for. The people available at a level are the roster people at that level or above not matched by a higher level; a position takes its education level's ratio, or the lower of its education and title ratios when it asks for a title. Below ${b.severe} is a severe shortage, below ${b.shortage} a shortage, below ${b.tight} tight, otherwise adequate (the thresholds are shortageBands in talentmap.json).`,
  shortageHidden: (k) =>
    `Where fewer than ${k} people are available, the ratio is shown as a bound ("<0.2") and the level as the range those counts allow.`,
  position: "Position",
  field: "Field",
  employersCount: "Enterprises",
  requirements: "Education, title",
  wavesCompared: (wave, previous) => `${wave} against the previous wave ${previous}`,
  onlyOneWave: "There is one survey wave only: nothing to compare with yet.",
  newShortages: "New shortages",
  easedShortages: "Shortages that eased",
  notReported: "Shortages no longer reported",
  none: "None",
  gapPerLevel: (wave) => `${wave} gap per level: demand against matched people`,
  sourceWave: (s) =>
    `demand survey wave ${s.wave}: ${s.enterprises} enterprises, ${s.files} files, ${s.setAside} rows set aside`,
  sourceRoster: (s) =>
    `${s.files} roster files as of ${s.date} (newest file date), ${s.setAside} rows set aside`,
  sourceNote: (parts) =>
    `Source: ${parts.join("; ")}. Rows set aside are listed on the data-quality page.`,
  filesSetAside: (n) => `, ${n} whole files set aside`,
  download: "Download",
  spec: "vega-lite spec",
  paragraph: (p) => {
    const change =
      p.change === null
        ? ""
        : p.change === 0
          ? ", as many as in the previous wave"
          : `, ${Math.abs(p.change)} ${p.change > 0 ? "more" : "fewer"} than in the previous wave`;
    const gaps =
      p.gapLevels.length > 0
        ? `The gap is mostly at ${p.gapLevels.join(", ")}.`
        : "Every education level can be matched.";
    const employer = p.topEmployer
      ? ` The largest demand is from ${p.topEmployer.name} (${p.topEmployer.headcount}).`
      : "";
    const province = p.topProvince
      ? ` Most of the chain's roster people are in ${p.topProvince.name} (${p.topProvince.people}).`
      : "";
    return `In wave ${p.wave}, ${p.enterprises} enterprises of the ${p.chain} chain asked for ${p.headcount} people in ${p.positions} positions${change}. The rosters hold ${p.people} people of this chain; ${p.matched} can be matched by education, leaving a gap of ${p.gap}, a supply/demand ratio of ${p.ratio} (${p.band}). ${gaps}${employer}${province}`;
  },
  quality: "Data quality",
  qualityIntro:
    "Every input row was either counted or is listed here with the reason. Fix the source files and run again.",
  rejectsByReason: "Rows set aside, by reason",
  rejectsByFile: "Rows set aside, by file",
  reason: "Reason",
  rows: "Rows",
  unresolvedValues: "Values not understood",
  unresolvedIntro:
    "These values map to no code (or to several). Their rows were loaded, with the value counted as unknown.",
  unresolvedKinds: {
    education: "education",
    title: "title",
    skill: "skill",
    urgency: "urgency",
    region: "demand region",
    location: "person's location",
    chain: "chain",
    category: "category",
    intention: "intention",
    sector: "sector",
    field: "field",
    position: "position",
  },
  sides: { demand: "demand survey", roster: "roster" },
  statuses: { unresolved: "not understood", ambiguous: "ambiguous", unassigned: "in no chain" },
  value: "Value",
  unassignedRows: "Demand rows in no chain",
  unassignedIntro:
    "These demand rows were loaded but belong to no chain (or to two), so no chain counts them. Add aliases, sectors or keywords to chains.json.",
  row: "Row",
  sector: "Sector",
  chainAsWritten: "Chain as written",
  status: "Status",
  rejectsLink: "All rows set aside (rejects.csv)",
  unassignedLink: "All demand rows in no chain (unassigned.csv)",
  unassignedShown: (shown, total) =>
    `This page lists the first ${shown} of ${total} rows; all of them are in unassigned.csv.`,
  unassignedHeaders: [
    "file",
    "sheet",
    "row",
    "employer",
    "position",
    "sector",
    "chain as written",
    "status",
    "headcount",
  ],
  exportsLinks: "Tables to download",
  overview: "Overview",
  mapNote:
    "Schematic: one square per province-level division, placed roughly where it lies; it draws no boundary. The colour shows the number of people.",
  catalogueHeaders: [
    "No.",
    "Chain",
    "Position",
    "Field",
    "Education",
    "Title",
    "Headcount",
    "Shortage level",
    "Enterprises",
  ],
  shortageSheetHeaders: [
    "Chain",
    "Wave",
    "Position",
    "Headcount",
    "Enterprises",
    "Supply/demand ratio",
    "Shortage level",
  ],
  recruitSheetHeaders: [
    "Chain",
    "Education level",
    "Gap",
    "Place kind",
    "Place",
    "People who qualify",
    "Return full-time",
    "Flexible cooperation",
    "Project cooperation",
    "None for now",
    "Not given",
  ],
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

/** A talent category's label: the canonical Chinese one, translated where the language has it. */
export function categoryLabel(text: ReportText, category: string): string {
  return text.categories[category] ?? (category === "" ? (text.intentions[""] ?? "") : category);
}

/** A ladder's name as a column or axis title: 学历 / Education. */
export function ladderTitle(text: ReportText, ladder: Ladder): string {
  return ladder === "education" ? text.education : text.title;
}
