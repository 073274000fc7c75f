/**
 * Measures the ingest stage on large inputs beside DuckDB's own read_csv of the same data:
 *
 *   npx tsx scripts/measure-ingest.ts [--dir DIR] [--csv-rows N] [--xlsx-rows N]
 *
 * Writes (once, reused while the row counts match) a UTF-8 CSV and a GB18030 CSV of N demand
 * rows and workbooks of N/2 and N rows (shared strings, as Excel writes them), then times each
 * case in a child process of its own so peak memory is the case's: the whole ingest stage
 * (reading, transcoding, staging, checks) on a workspace holding only that file, and
 * read_csv(all_varchar) of the UTF-8 CSV into a table; "xlsx-read" is the workbook reader
 * alone (the N-row workbook streamed into the warehouse, no staging or checks). Prints rows per second, seconds, the
 * process's peak resident set and the peak JavaScript heap (sampled every 20 ms).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import XLSX from "xlsx";
import { ingest } from "../pipelines/ingest.ts";
import { runStage } from "../pipelines/stage.ts";
import { memoryLog } from "../src/log.ts";
import { openInput } from "../src/readers/open.ts";
import { openWarehouse } from "../src/warehouse/connect.ts";
import { quoteLiteral } from "../src/warehouse/sql.ts";
import { loadWorkspace } from "../src/workspace/load.ts";
import { twoByteEncoder } from "./demo/encode.ts";

const header = [
  "序号",
  "企业名称",
  "统一社会信用代码",
  "所属产业链",
  "所属行业",
  "所在乡镇",
  "岗位名称",
  "专业要求",
  "学历要求",
  "职称要求",
  "技能等级",
  "需求人数",
  "紧缺程度",
  "薪酬待遇",
  "引进方式",
  "填报日期",
];

function row(i: number): (string | number)[] {
  const firm = i % 5000;
  return [
    i + 1,
    `南乐县第${firm}号企业有限公司`,
    `91410923MA${String(firm).padStart(8, "0")}`,
    ["生物基材料", "食品加工", "装备制造"][i % 3] as string,
    "化学原料和化学制品制造业",
    ["城关镇", "元村镇", "韩张镇"][i % 3] as string,
    `岗位${i % 300}`,
    `专业${i % 200}`,
    ["本科", "硕士", "大专"][i % 3] as string,
    "工程师",
    "不限",
    `${(i % 7) + 1}人`,
    "紧缺",
    "5000-8000元/月",
    "全职",
    "2024年3月15日",
  ];
}

function workspace(dir: string, name: string, file: string, bytes: Uint8Array | string): string {
  const ws = join(dir, name);
  mkdirSync(join(ws, "surveys", "2024H1"), { recursive: true });
  writeFileSync(
    join(ws, "chains.json"),
    JSON.stringify({ chains: [{ id: "bio", name: "生物基材料" }] }),
  );
  writeFileSync(join(ws, "talentmap.json"), JSON.stringify({ maxFileMegabytes: 1000 }));
  writeFileSync(join(ws, "surveys", "2024H1", file), bytes);
  return ws;
}

function prepare(dir: string, csvRows: number, xlsxRows: number): void {
  const stamp = join(dir, "measure.json");
  const wanted = JSON.stringify({ csvRows, xlsxRows, version: 1 });
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return;
  mkdirSync(dir, { recursive: true });
  const lines = [header.join(","), ...Array.from({ length: csvRows }, (_, i) => row(i).join(","))];
  const text = `${lines.join("\r\n")}\r\n`;
  workspace(dir, "utf8", "需求.csv", text);
  workspace(dir, "gb18030", "需求.csv", twoByteEncoder("gb18030")(text));
  for (const [name, rows] of [
    ["xlsx-half", Math.floor(xlsxRows / 2)],
    ["xlsx", xlsxRows],
  ] as const) {
    const sheet = XLSX.utils.aoa_to_sheet([
      ["南乐县2024年上半年重点企业人才需求调查表"],
      header,
      ...Array.from({ length: rows }, (_, i) => row(i)),
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "需求表");
    workspace(
      dir,
      name,
      "需求.xlsx",
      XLSX.write(book, { type: "buffer", bookType: "xlsx", bookSST: true, compression: true }),
    );
  }
  writeFileSync(stamp, wanted);
}

interface Result {
  case: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** One case, in this process (the parent runs each in a child). */
async function runCase(dir: string, name: string): Promise<Result> {
  let heap = 0;
  const timer = setInterval(() => {
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }, 20);
  const warehouse = await openWarehouse();
  const started = performance.now();
  let rows = 0;
  try {
    if (name === "read_csv") {
      const path = join(dir, "utf8", "surveys", "2024H1", "需求.csv");
      await warehouse.connection.run(
        `create table baseline as select * from read_csv(${quoteLiteral(path)}, all_varchar = true, header = true)`,
      );
      const count = await warehouse.connection.runAndReadAll(
        "select count(*)::integer n from baseline",
      );
      rows = Number(count.getRowObjectsJS()[0]?.n);
    } else if (name === "xlsx-read") {
      // The workbook reader alone: every sheet streamed into the warehouse, no staging or checks.
      const source = await openInput(join(dir, "xlsx", "surveys", "2024H1", "需求.xlsx"), "xlsx");
      for await (const sheet of source.sheets(warehouse.connection)) {
        await sheet.load(warehouse.connection, "rows", 2, 16);
        const count = await warehouse.connection.runAndReadAll(
          "select count(*)::integer n from rows",
        );
        rows += Number(count.getRowObjectsJS()[0]?.n);
      }
      await source.close(warehouse.connection);
    } else {
      const ws = loadWorkspace(join(dir, name));
      await runStage(ingest, {
        db: warehouse.connection,
        log: memoryLog(),
        now: () => new Date(),
        workspace: ws,
        out: join(dir, "out"),
        lang: "zh",
      });
      const count = await warehouse.connection.runAndReadAll(
        "select sum(rows_read)::integer n, string_agg(error, ',') e from input_files",
      );
      const result = count.getRowObjectsJS()[0];
      if (result?.e) throw new Error(`${name}: ${result.e}`);
      rows = Number(result?.n);
    }
  } finally {
    clearInterval(timer);
    warehouse.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    case: name,
    rows,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    peakHeapMb: Math.round(heap / 2 ** 20),
  };
}

function option(args: string[], flag: string, fallback: string): string {
  const at = args.indexOf(flag);
  return at >= 0 && args[at + 1] !== undefined ? (args[at + 1] as string) : fallback;
}

const args = process.argv.slice(2);
const dir = resolve(option(args, "--dir", "tmp/measure-ingest"));
const only = option(args, "--case", "");
if (only !== "") {
  process.stdout.write(JSON.stringify(await runCase(dir, only)));
} else {
  const csvRows = Number(option(args, "--csv-rows", "200000"));
  const xlsxRows = Number(option(args, "--xlsx-rows", "100000"));
  prepare(dir, csvRows, xlsxRows);
  const results: Result[] = [];
  for (const name of ["read_csv", "utf8", "gb18030", "xlsx-read", "xlsx-half", "xlsx"]) {
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", process.argv[1] as string, "--dir", dir, "--case", name],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout) as Result);
  }
  console.table(results);
}
