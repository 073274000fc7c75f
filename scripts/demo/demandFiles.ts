import * as OpenCC from "opencc-js";
import { CHAINS } from "./chains.ts";
import type { DemandRow } from "./demand.ts";
import { DEMAND_LAYOUTS, type DemandLayout } from "./demandLayouts.ts";
import type { DemandSummary, FileManifest } from "./manifest.ts";
import { type Cell, type SheetSpec, writeCsv, writeXlsx } from "./write.ts";

/** Writes the survey files and describes what each holds. */
export function writeDemandFiles(
  out: string,
  byFile: Map<DemandLayout["id"], DemandRow[]>,
): FileManifest[] {
  const manifests: FileManifest[] = [];
  for (const layout of DEMAND_LAYOUTS) {
    const rows = byFile.get(layout.id) ?? [];
    manifests.push(writeOne(out, layout, rows));
  }
  return manifests;
}

const TITLE_H1 = "南乐县2024年上半年重点企业人才需求调查表";

const INSTRUCTIONS: string[] = [
  `${TITLE_H1} 填表说明`,
  "",
  "1. 本表由各企业如实填写，每个需求岗位填写一行。",
  "2. 统一社会信用代码填写营业执照上的18位代码。",
  "3. 学历要求、职称要求、技能等级均填写最低要求，无要求的填写“不限”。",
  "4. 需求人数请填写阿拉伯数字。",
  "5. 所属产业链可从以下选择：生物基材料、食品加工、装备制造、电子信息、新能源；不确定的可不填。",
  "6. 紧缺程度分为：非常紧缺、紧缺、一般。",
  "7. 请于5月31日前报送县委人才办。",
];

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

function writeOne(out: string, layout: DemandLayout, rows: DemandRow[]): FileManifest {
  const traditional = new Set(layout.traditional ?? []);
  const headers = layout.columns.map(([key, header]) =>
    traditional.has(key) ? toTraditional(header) : header,
  );
  const width = headers.length;
  const top: Cell[][] = [];
  if (layout.id === "h1-xlsx") top.push([TITLE_H1]);
  top.push(headers);
  const headerRow = top.length;

  const blanksBefore = new Set<number>();
  if (layout.id === "h1-xlsx" && rows.length >= 6) {
    blanksBefore.add(Math.floor(rows.length / 3));
    blanksBefore.add(Math.floor((2 * rows.length) / 3));
  }
  if ((layout.id === "h2-xlsx" || layout.id === "h1-csv") && rows.length >= 4) {
    blanksBefore.add(Math.floor(rows.length / 2));
  }

  const body: Cell[][] = [];
  const blankRows: number[] = [];
  const manifest: FileManifest = {
    file: layout.path,
    kind: "demand",
    wave: layout.wave,
    format: layout.format,
    encoding: layout.format === "csv" ? (layout.encoding ?? "utf-8-bom") : null,
    traditional: headers.filter((_, i) => traditional.has(layout.columns[i]?.[0] ?? "seq")),
    sheet: layout.sheet,
    headerRow,
    rowsRead: rows.length,
    rowsGood: rows.filter((row) => row.bad === null).length,
    rowsBad: rows.filter((row) => row.bad !== null).length,
    blankRows,
    notesRows: [],
    bad: [],
  };
  rows.forEach((row, index) => {
    if (blanksBefore.has(index)) {
      body.push(layout.format === "csv" ? headers.map(() => "") : []);
      blankRows.push(headerRow + body.length);
    }
    row.values.seq = index + 1;
    body.push(
      layout.columns.map(([key]) => {
        const value = row.values[key] ?? "";
        return traditional.has(key) && typeof value === "string" ? toTraditional(value) : value;
      }),
    );
    if (row.bad !== null) {
      const value = row.values[row.bad.key];
      manifest.bad.push({
        row: headerRow + body.length,
        column: headers[layout.columns.findIndex(([key]) => key === row.bad?.key)] ?? row.bad.key,
        value: typeof value === "string" || typeof value === "number" ? String(value) : "",
        kind: row.bad.kind,
        reason: row.bad.reason,
      });
    }
  });

  const notes: string[] = [];
  if (layout.id === "h1-xlsx") {
    notes.push(
      "填表说明：学历要求、职称要求均为最低要求；需求人数以阿拉伯数字填写。",
      "注：本表数据仅用于全县人才工作统计分析，不对外公开。",
    );
  }
  if (layout.id === "h2-xlsx") notes.push("备注：各乡镇报送数据已汇总，个别企业未填写信用代码。");
  const all: Cell[][] = [...top, ...body];
  if (notes.length > 0 && layout.id === "h1-xlsx") all.push([]);
  for (const note of notes) {
    all.push([note]);
    manifest.notesRows.push(all.length);
  }

  const path = `${out}/${layout.path}`;
  if (layout.format === "csv") {
    writeCsv(
      path,
      all.map((row) => row.map((cell) => (cell === null ? "" : String(cell)))),
      layout.encoding,
    );
    return manifest;
  }
  const fullRow = (row: number) => ({
    firstRow: row,
    firstCol: 0,
    lastRow: row,
    lastCol: width - 1,
  });
  const dataSheet: SheetSpec = {
    name: layout.sheet ?? "Sheet1",
    rows: all,
    merges: [
      ...(layout.id === "h1-xlsx" ? [fullRow(0)] : []),
      ...manifest.notesRows.map((row) => fullRow(row - 1)),
    ],
    widths: layout.columns.map(([key]) => WIDTHS[key] ?? 10),
  };
  const sheets: SheetSpec[] =
    layout.id === "h1-xlsx"
      ? [{ name: "填表说明", rows: INSTRUCTIONS.map((line) => [line]), widths: [90] }, dataSheet]
      : [dataSheet];
  writeXlsx(path, sheets, layout.id === "h1-xlsx" ? TITLE_H1 : "2024年下半年企业人才需求汇总");
  return manifest;
}

const WIDTHS: Partial<Record<string, number>> = {
  seq: 6,
  employer: 32,
  creditCode: 22,
  chain: 12,
  sector: 24,
  region: 16,
  position: 22,
  field: 20,
  salary: 16,
  date: 12,
};

/** Counts of the good rows by route and by chain. */
export function summariseDemand(byFile: Map<DemandLayout["id"], DemandRow[]>): DemandSummary {
  const all = [...byFile.values()].flat();
  const good = all.filter((row) => row.bad === null);
  const routes = { chain: 0, sector: 0, keyword: 0, none: 0, ambiguous: 0 };
  const byChain: DemandSummary["byChain"] = {};
  for (const chain of CHAINS) byChain[chain.id] = {};
  for (const row of good) {
    routes[row.route.route]++;
    const chain = row.route.chains.length === 1 ? row.route.chains[0] : undefined;
    if (chain === undefined) continue;
    const perWave = byChain[chain] ?? {};
    byChain[chain] = perWave;
    const cell = perWave[row.layout.wave] ?? { rows: 0, headcount: 0 };
    cell.rows++;
    cell.headcount += row.headcount;
    perWave[row.layout.wave] = cell;
  }
  return {
    rowsRead: all.length,
    rowsGood: good.length,
    rowsBad: all.length - good.length,
    enterprises: new Set(all.map((row) => row.enterprise.name)).size,
    routes,
    unresolvedChainValues: good.filter((row) => row.unresolvedChain).length,
    byChain,
  };
}
