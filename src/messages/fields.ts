import type { Lang } from "./lang.ts";

/** Labels of the field (专业, 学科) views of the reports and exports, in both languages. */
export interface FieldText {
  readonly section: (wave: string) => string;
  readonly intro: (edition: string) => string;
  readonly discipline: string;
  readonly category: string;
  readonly people: string;
  readonly chart: (wave: string) => string;
  readonly detailIntro: (top: number, topPlaces: number, minCellSize: number) => string;
  readonly detail: (name: string, gap: string, people: string) => string;
  readonly levelsTable: string;
  readonly noneOrUnknown: (none: string, unknown: string) => string;
  readonly noPlaces: string;
  readonly noPeople: string;
  readonly elsewhere: (people: string) => string;
  readonly noFieldDemand: string;
  readonly noFieldGap: string;
  readonly indexSection: (wave: string) => string;
  readonly indexNote: string;
  readonly indexNoData: string;
  readonly sheet: string;
  readonly sheetHeaders: readonly string[];
}

const zh: FieldText = {
  section: (wave) => `${wave} 各学科（专业）缺口`,
  intro: (edition) =>
    `需求的专业要求（未填专业的按岗位名称）和人才的专业按《${edition}》的一级学科归类。一个岗位写了两个专业，就在两个学科各计一次；一位人才在其每个学科各计一次，因此各学科相加不等于总数。缺口在每个学科内按学历由高到低逐级匹配，只计本链中具有该学科背景的人才。`,
  discipline: "学科",
  category: "门类",
  people: "该学科人才",
  chart: (wave) => `${wave} 缺口最大的学科（人）`,
  detailIntro: (top, places, k) =>
    `缺口最大的${top}个学科：本链中具有该学科背景的人才的学历，以及他们最多的省份和城市（各取前${places}个，少于${k}人的地方不列）。`,
  detail: (name, gap, people) => `${name}：缺口 ${gap} 人，该学科人才 ${people} 人`,
  levelsTable: "学历",
  noneOrUnknown: (none, unknown) => `${none}（需求）/ ${unknown}（人才）`,
  noPlaces: "该学科人才的所在地不详，或各地人数少于最小显示人数，未列出地方。",
  noPeople: "本链名录中没有该学科背景的人才。",
  elsewhere: (n) =>
    `名录中另有 ${n} 人具有该学科背景但不属于本链（在其他产业链或未归入产业链），可作为引才线索。`,
  noFieldDemand: "本期没有写明专业、或岗位名称能对应到学科的需求。",
  noFieldGap: "本期各学科均无缺口。",
  indexSection: (wave) => `${wave} 各产业链分学科门类缺口（人）`,
  indexNote:
    "按学科门类（工学、理学、管理学……）汇总：一个岗位或一位人才在同一门类中只计一次，缺口在门类内按学历逐级匹配。颜色越深缺口越大；灰色格子的缺口因可匹配人数过少而只显示范围；空白表示该链本期在该门类没有需求。",
  indexNoData: "本期需求中没有能归入学科的专业要求。",
  sheet: "学科缺口",
  sheetHeaders: [
    "产业链",
    "批次",
    "学科代码",
    "学科",
    "门类",
    "学历层级",
    "需求",
    "可匹配",
    "缺口",
  ],
};

const en: FieldText = {
  section: (wave) => `${wave} gaps by discipline (field or major)`,
  intro: (edition) =>
    `The field a position asks for (its position name when the field is blank) and each person's field are classified into the first-level disciplines of China's catalogue of graduate education disciplines (${edition}). A position naming two fields counts once in each discipline, and a person once in each of theirs, so the disciplines do not add up to the totals. Within each discipline the gap walks the education levels from the top, over the chain's people holding that discipline.`,
  discipline: "Discipline",
  category: "Category",
  people: "People in the discipline",
  chart: (wave) => `${wave}: disciplines with the largest gaps (people)`,
  detailIntro: (top, places, k) =>
    `The ${top} disciplines with the largest gaps: the education of the chain's people holding each, and the provinces and cities where most of them are (top ${places} each; places with fewer than ${k} people are not listed).`,
  detail: (name, gap, people) => `${name}: gap ${gap}, people in the discipline ${people}`,
  levelsTable: "Education",
  noneOrUnknown: (none, unknown) => `${none} (demand) / ${unknown} (people)`,
  noPlaces:
    "Where the discipline's people are is unknown, or no place has as many as the minimum shown: no place is listed.",
  noPeople: "No roster person of this chain holds this discipline.",
  elsewhere: (n) =>
    `The rosters hold ${n} more people of this discipline outside this chain (in other chains or in none): leads for recruiting.`,
  noFieldDemand: "No demand this wave names a field, or a position, that maps to a discipline.",
  noFieldGap: "No discipline has a gap this wave.",
  indexSection: (wave) => `${wave} gaps by chain and discipline category (people)`,
  indexNote:
    "Summed by category (Engineering, Science, Management…): a position or a person counts once in a category, and the gap walks the education levels within it. Darker is a larger gap; grey cells show a range because the matched count is too small to show; blank: no demand of the chain in that category this wave.",
  indexNoData: "No demand this wave names a field that maps to a discipline.",
  sheet: "Gaps by discipline",
  sheetHeaders: [
    "Chain",
    "Wave",
    "Discipline code",
    "Discipline",
    "Category",
    "Education level",
    "Demand",
    "Matched",
    "Gap",
  ],
};

const texts: Readonly<Record<Lang, FieldText>> = { zh, en };

export function fieldText(lang: Lang): FieldText {
  return texts[lang];
}
