import type { FileManifest, PeopleSummary } from "./manifest.ts";
import type { Appearance, PeoplePlan, RosterId } from "./people.ts";
import { type Cell, type SheetSpec, writeCsv, writeXlsx } from "./write.ts";

/** The three roster files: one per department, each with its own columns and habits. */
interface RosterLayout {
  roster: RosterId;
  path: string;
  format: "xlsx" | "csv";
  sheet: string | null;
  title: string | null;
  columns: readonly (readonly [string, (a: Appearance, index: number) => Cell])[];
}

const yearMonth = (a: Appearance) => a.person.birth.slice(0, 7);
const chineseYearMonth = (a: Appearance) => {
  const [year, month] = a.person.birth.split("-");
  return `${year}年${Number(month)}月`;
};
const excelDate = (iso: string): Cell => (iso === "" ? "" : { date: iso });

const HIGH_EDUCATION: Readonly<Record<string, string>> = {
  博士: "博士研究生",
  硕士: "硕士研究生",
  本科: "大学本科",
};

export const ROSTER_LAYOUTS: readonly RosterLayout[] = [
  {
    roster: "abroad",
    path: "rosters/在外人才库-人社局.xlsx",
    format: "xlsx",
    sheet: "在外人才",
    title: "南乐县在外优秀人才信息库（县人社局）",
    columns: [
      ["序号", (_, index) => index + 1],
      ["姓名", (a) => a.person.name.name],
      ["性别", (a) => a.person.gender],
      ["出生年月", yearMonth],
      ["身份证号码", (a) => a.idNumber],
      ["籍贯", (a) => a.person.nativePlace],
      ["现工作单位", (a) => a.person.employer],
      ["现工作地", (a) => a.person.location],
      ["最高学历", (a) => a.person.education],
      ["专业技术职称", (a) => a.person.title],
      ["技能等级", (a) => a.person.skill],
      ["专业", (a) => a.person.field],
      ["所属行业", (a) => a.person.sector],
      ["所属产业链", (a) => a.chain],
      ["人才类别", (a) => a.category],
      ["联系电话", (a) => a.phone],
      ["电子邮箱", (a) => a.person.email],
      ["回乡意向", (a) => a.person.intention],
      ["入库时间", (a) => excelDate(a.person.enteredAt)],
      ["最后联系日期", (a) => excelDate(a.person.lastContactAt)],
    ],
  },
  {
    roster: "high",
    path: "rosters/高层次人才-组织部.csv",
    format: "csv",
    sheet: null,
    title: null,
    columns: [
      ["姓名", (a) => a.person.name.name],
      ["性别", (a) => a.person.gender],
      ["出生年月", chineseYearMonth],
      ["身份证号", (a) => a.idNumber],
      ["籍贯", (a) => a.person.nativePlace],
      ["工作单位", (a) => a.person.employer],
      ["现工作地", (a) => a.person.location],
      ["最高学历", (a) => HIGH_EDUCATION[a.person.education] ?? a.person.education],
      ["专业技术职称", (a) => a.person.title],
      ["专业", (a) => a.person.field],
      ["所属行业", (a) => a.person.sector],
      ["所属产业链", (a) => a.chain],
      ["人才类别", (a) => a.category],
      ["联系电话", (a) => a.phone],
      ["电子邮箱", (a) => a.person.email],
      ["回乡意向", (a) => a.person.intention],
      ["入库时间", (a) => a.person.enteredAt],
      ["最后联系日期", (a) => a.person.lastContactAt],
    ],
  },
  {
    roster: "sci",
    path: "rosters/科技副总-科技局.xlsx",
    format: "xlsx",
    sheet: "科技副总名单",
    title: null,
    columns: [
      ["姓名", (a) => a.person.name.name],
      ["性别", (a) => a.person.gender],
      ["出生日期", (a) => (a.birthBlank ? "" : excelDate(a.person.birth))],
      ["工作单位", (a) => a.person.employer],
      ["现工作地", (a) => a.person.location],
      ["最高学历", (a) => a.person.education],
      ["职称", (a) => a.person.title],
      ["专业领域", (a) => a.person.field],
      ["所属产业链", (a) => a.chain],
      ["派驻企业", (a) => a.person.placedIn?.name ?? ""],
      ["人才类别", (a) => a.category],
      // 科技局's sheet keeps mobiles as numbers, as Excel does when one types them.
      ["手机", (a) => (/^1\d{10}$/.test(a.phone) ? Number(a.phone) : a.phone)],
      ["邮箱", (a) => a.person.email],
      ["合作意向", (a) => (a.person.intention === "项目合作" ? "项目合作" : "柔性合作")],
      ["入库日期", (a) => excelDate(a.person.enteredAt)],
      ["回访日期", (a) => excelDate(a.person.lastContactAt)],
    ],
  },
];

export function writeRosterFiles(out: string, plan: PeoplePlan): FileManifest[] {
  return ROSTER_LAYOUTS.map((layout) => writeOne(out, layout, plan.appearances[layout.roster]));
}

function writeOne(out: string, layout: RosterLayout, rows: Appearance[]): FileManifest {
  const headers = layout.columns.map(([header]) => header);
  const all: Cell[][] = [];
  if (layout.title !== null) all.push([layout.title]);
  all.push(headers);
  const headerRow = all.length;
  const manifest: FileManifest = {
    file: layout.path,
    kind: "roster",
    wave: null,
    format: layout.format,
    encoding: layout.format === "csv" ? "utf-8-bom" : null,
    traditional: [],
    sheet: layout.sheet,
    headerRow,
    rowsRead: rows.length,
    rowsGood: rows.filter((row) => row.bad === null).length,
    rowsBad: rows.filter((row) => row.bad !== null).length,
    blankRows: [],
    notesRows: [],
    bad: [],
  };
  rows.forEach((row, index) => {
    all.push(layout.columns.map(([, value]) => value(row, index)));
    if (row.bad !== null) {
      manifest.bad.push({
        row: all.length,
        column: headers.find((header) => header.startsWith("身份证")) ?? "身份证号",
        // Masked: the manifest holds no personal data, even fictitious.
        value: `${row.idNumber.slice(0, 6)}********${row.idNumber.slice(14)}`,
        kind: row.bad.kind,
        reason: row.bad.reason,
      });
    }
  });
  const path = `${out}/${layout.path}`;
  if (layout.format === "csv") {
    writeCsv(
      path,
      all.map((row) => row.map((cell) => (cell === null ? "" : String(cell)))),
    );
    return manifest;
  }
  const sheet: SheetSpec = {
    name: layout.sheet ?? "Sheet1",
    rows: all,
    merges:
      layout.title === null
        ? []
        : [{ firstRow: 0, firstCol: 0, lastRow: 0, lastCol: headers.length - 1 }],
    widths: headers.map((header) => WIDTHS[header] ?? 12),
  };
  writeXlsx(path, [sheet], layout.title ?? layout.sheet ?? "");
  return manifest;
}

const WIDTHS: Partial<Record<string, number>> = {
  序号: 6,
  性别: 6,
  身份证号码: 22,
  现工作单位: 30,
  工作单位: 30,
  派驻企业: 32,
  电子邮箱: 28,
  邮箱: 28,
  专业: 22,
  专业领域: 22,
  所属行业: 24,
};

export function summarisePeople(plan: PeoplePlan): PeopleSummary {
  const all = Object.values(plan.appearances).flat();
  const bad = all.filter((row) => row.bad !== null).length;
  return {
    distinct: plan.people.length,
    rowsRead: all.length,
    rowsGood: all.length - bad,
    rowsBad: bad,
    duplicates: { ...plan.duplicates },
    sharedLandlines: plan.sharedLandlines,
    overseas: plan.people.filter((person) => person.city.overseas).length,
  };
}
