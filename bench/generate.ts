import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import XLSX from "xlsx";
import { NotEncodable, twoByteEncoder } from "../scripts/demo/encode.ts";
import {
  csvLine,
  DEMAND_HEADER,
  DemandStream,
  HEADCOUNT_COLUMN,
  ROSTER_HEADER,
  RosterStream,
} from "./rows.ts";

/**
 * The scale workspaces of the benchmark, made from a seed into a scratch folder and recorded
 * in `bench-manifest.json` there, so a rerun with the same parameters reuses them:
 *
 *   scale/     one roster CSV (N rows) and a demand CSV per wave (M rows in all), UTF-8
 *   split/     the same rows, the roster in two files (its first half, then the rest): the
 *              summary must give the same supply and demand figures as scale/'s
 *   xlsx/      the first K demand rows as one workbook
 *   xlsx-half/ the first K/2 of them as one workbook (the reader's memory must not grow with K)
 *   gb18030/   the 2024H1 demand CSV transcoded to GB18030
 *   utf8-h1/   the same 2024H1 CSV in UTF-8 alone, to compare the GB18030 ingest with
 *   baseline/  the workbook's rows as a UTF-8 CSV, for DuckDB's read_csv baseline
 */
export interface GenerateOptions {
  dir: string;
  seed: number;
  people: number;
  demand: number;
  /** Null: no workbook workspaces. */
  xlsxRows: number | null;
  gb18030: boolean;
  /** The split-roster workspace (default true). */
  split?: boolean;
  log?: (line: string) => void;
}

/** What a generated file holds: data rows under the header, and how many were planted bad. */
export interface FileFacts {
  file: string;
  rows: number;
  bad: number;
  bytes: number;
}

export interface WorkspaceFacts {
  dir: string;
  files: FileFacts[];
}

interface ScalePart extends WorkspaceFacts {
  people: number;
  demand: number;
  /** Distinct people planted (bad rows included) and repeat appearances. */
  distinctPeople: number;
  duplicateRows: number;
}

interface SplitPart extends WorkspaceFacts {
  people: number;
  demand: number;
}

interface XlsxPart extends WorkspaceFacts {
  rows: number;
  baselineCsv: string;
}

interface Gb18030Part extends WorkspaceFacts {
  demand: number;
  utf8: WorkspaceFacts;
}

export interface Generated {
  version: number;
  seed: number;
  scale: ScalePart;
  /** Null when not asked for (--skip-split). */
  split: SplitPart | null;
  xlsx: XlsxPart | null;
  xlsxHalf: XlsxPart | null;
  gb18030: Gb18030Part | null;
  notes: string[];
}

/** Bump when the rows change, so old scratch workspaces are made again. */
const VERSION = 1;
const CHUNK_ROWS = 20_000;
const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEMO_WORKSPACE = join(ROOT, "data");
const ROSTER_FILE = "rosters/在外人才库.csv";
const demandFile = (wave: string, ext: string) => `surveys/${wave}/企业人才需求.${ext}`;

export function generateWorkspaces(options: GenerateOptions): Generated {
  const { dir, seed } = options;
  const log = options.log ?? (() => {});
  mkdirSync(dir, { recursive: true });
  const manifestPath = join(dir, "bench-manifest.json");
  const previous = readManifest(manifestPath);
  const sameSeed = previous?.version === VERSION && previous.seed === seed;
  const result: Generated = {
    version: VERSION,
    seed,
    scale: previous?.scale as ScalePart,
    split: null,
    xlsx: null,
    xlsxHalf: null,
    gb18030: null,
    notes: [],
  };
  const save = () => writeFileSync(manifestPath, `${JSON.stringify(result, null, 2)}\n`);

  if (
    !sameSeed ||
    previous?.scale.people !== options.people ||
    previous.scale.demand !== options.demand ||
    !filesExist(previous.scale)
  ) {
    rmSync(manifestPath, { force: true });
    log(`generating ${options.people} roster and ${options.demand} demand rows…`);
    result.scale = writeScale(join(dir, "scale"), seed, options.people, options.demand);
  } else log(`reusing ${join(dir, "scale")}`);
  save();

  if (options.split !== false) {
    const old = previous?.split;
    const scaleReused = previous?.scale === result.scale;
    if (
      scaleReused &&
      old?.people === options.people &&
      old.demand === options.demand &&
      filesExist(old)
    ) {
      result.split = old;
      log(`reusing ${old.dir}`);
    } else {
      log("writing the roster again as two files…");
      result.split = writeSplitPart(dir, seed, result.scale);
    }
    save();
  }

  if (options.xlsxRows !== null) {
    const old = previous?.xlsx;
    if (
      sameSeed &&
      old?.rows === options.xlsxRows &&
      filesExist(old) &&
      existsSync(old.baselineCsv)
    ) {
      result.xlsx = old;
      log(`reusing ${old.dir}`);
    } else {
      log(`writing a ${options.xlsxRows}-row workbook…`);
      result.xlsx = writeXlsxPart(dir, "xlsx", seed, options.xlsxRows);
    }
    const half = Math.max(1, Math.floor(options.xlsxRows / 2));
    const oldHalf = previous?.xlsxHalf;
    if (sameSeed && oldHalf?.rows === half && filesExist(oldHalf)) {
      result.xlsxHalf = oldHalf;
      log(`reusing ${oldHalf.dir}`);
    } else {
      log(`writing a ${half}-row workbook…`);
      result.xlsxHalf = writeXlsxPart(dir, "xlsx-half", seed, half);
    }
    save();
  }

  if (options.gb18030) {
    const old = previous?.gb18030;
    if (sameSeed && old?.demand === options.demand && filesExist(old) && filesExist(old.utf8)) {
      result.gb18030 = old;
      log(`reusing ${old.dir}`);
    } else {
      log("transcoding the 2024H1 demand CSV to GB18030…");
      result.gb18030 = writeGb18030Part(dir, result.scale);
    }
    save();
  }

  for (const part of [
    result.scale,
    result.split,
    result.xlsx,
    result.xlsxHalf,
    result.gb18030,
    result.gb18030?.utf8,
  ]) {
    if (part) result.notes.push(...writeSettings(part));
  }
  save();
  return result;
}

function readManifest(path: string): Generated | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Generated;
  } catch {
    return null;
  }
}

function filesExist(part: WorkspaceFacts | null | undefined): boolean {
  if (part === null || part === undefined) return false;
  return part.files.every((f) => {
    const path = join(part.dir, f.file);
    return existsSync(path) && statSync(path).size === f.bytes;
  });
}

/** Streams `count` rows to a CSV in large chunks: UTF-8 with a BOM and CRLF, as Excel saves. */
function writeCsv(path: string, header: readonly string[], count: number, next: () => string[]) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  let bytes = 0;
  try {
    let lines = [`\uFEFF${csvLine(header)}`];
    const flush = () => {
      bytes += writeSync(fd, Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8"));
      lines = [];
    };
    for (let i = 0; i < count; i++) {
      lines.push(csvLine(next()));
      if (lines.length >= CHUNK_ROWS) flush();
    }
    if (lines.length > 0) flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function writeScale(dir: string, seed: number, people: number, demand: number): ScalePart {
  rmSync(dir, { recursive: true, force: true });
  const roster = new RosterStream(seed);
  const rosterBytes = writeCsv(join(dir, ROSTER_FILE), ROSTER_HEADER, people, () => roster.next());
  const files: FileFacts[] = [
    { file: ROSTER_FILE, rows: people, bad: roster.badRows, bytes: rosterBytes },
  ];
  const stream = new DemandStream(seed);
  const firstHalf = Math.ceil(demand / 2);
  for (const [wave, rows] of [
    ["2024H1", firstHalf],
    ["2024H2", demand - firstHalf],
  ] as const) {
    const before = stream.stats.badRows;
    const file = demandFile(wave, "csv");
    const bytes = writeCsv(join(dir, file), DEMAND_HEADER, rows, () => stream.next());
    files.push({ file, rows, bad: stream.stats.badRows - before, bytes });
  }
  return {
    dir,
    files,
    people,
    demand,
    distinctPeople: roster.stats.people,
    duplicateRows: roster.stats.duplicateRows,
  };
}

/** Fixed workbook properties, so the same seed gives the same bytes. */
const WORKBOOK_PROPS = {
  Author: "南乐县人才工作领导小组办公室",
  CreatedDate: new Date(Date.UTC(2024, 0, 1)),
  Title: "南乐县2024年上半年重点企业人才需求调查表",
};

function writeXlsxPart(root: string, name: string, seed: number, count: number): XlsxPart {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  const stream = new DemandStream(seed);
  const rows = Array.from({ length: count }, () => stream.next());
  const baselineCsv = join(root, "baseline", `${name}-rows.csv`);
  let at = 0;
  writeCsv(baselineCsv, DEMAND_HEADER, count, () => rows[at++] as string[]);

  // A title row above the header, as survey workbooks have; counts are number cells.
  const grid: (string | number)[][] = [[WORKBOOK_PROPS.Title], [...DEMAND_HEADER]];
  for (const row of rows) {
    const cells: (string | number)[] = row.slice();
    const headcount = row[HEADCOUNT_COLUMN] as string;
    if (/^\d+$/.test(headcount)) cells[HEADCOUNT_COLUMN] = Number(headcount);
    grid.push(cells);
  }
  const sheet = XLSX.utils.aoa_to_sheet(grid);
  sheet["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: DEMAND_HEADER.length - 1 } }];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, "需求表");
  workbook.Props = WORKBOOK_PROPS;
  const file = demandFile("2024H1", "xlsx");
  const bytes = XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true });
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), bytes as Buffer);
  return {
    dir,
    rows: count,
    baselineCsv,
    files: [{ file, rows: count, bad: stream.stats.badRows, bytes: (bytes as Buffer).length }],
  };
}

/** A file of the scale workspace in another workspace: a hard link where the filesystem allows. */
function linkInto(fromDir: string, toDir: string, file: string): void {
  const to = join(toDir, file);
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(join(fromDir, file), to);
  } catch {
    copyFileSync(join(fromDir, file), to);
  }
}

/**
 * The scale workspace's rows with the roster in two files, its first half and the rest, made
 * again from the seed (so each half's planted bad rows are known); the demand files are the
 * scale workspace's own. Row order across the two files is the one file's order.
 */
function writeSplitPart(root: string, seed: number, scale: ScalePart): SplitPart {
  const dir = join(root, "split");
  rmSync(dir, { recursive: true, force: true });
  const roster = new RosterStream(seed);
  const first = Math.ceil(scale.people / 2);
  const files: FileFacts[] = [];
  for (const [i, rows] of [first, scale.people - first].entries()) {
    const file = ROSTER_FILE.replace(/\.csv$/, `-${i + 1}.csv`);
    const before = roster.badRows;
    const bytes = writeCsv(join(dir, file), ROSTER_HEADER, rows, () => roster.next());
    files.push({ file, rows, bad: roster.badRows - before, bytes });
  }
  for (const facts of scale.files.slice(1)) {
    linkInto(scale.dir, dir, facts.file);
    files.push(facts);
  }
  return { dir, files, people: scale.people, demand: scale.demand };
}

function writeGb18030Part(root: string, scale: ScalePart): Gb18030Part {
  const source = scale.files.find((f) => f.file === demandFile("2024H1", "csv"));
  if (source === undefined) throw new Error("the scale workspace has no 2024H1 demand CSV");
  const dir = join(root, "gb18030");
  const utf8Dir = join(root, "utf8-h1");
  for (const d of [dir, utf8Dir]) rmSync(d, { recursive: true, force: true });

  const sourcePath = join(scale.dir, source.file);
  const text = readFileSync(sourcePath, "utf8").replace(/^\uFEFF/, "");
  let bytes: Buffer;
  try {
    bytes = twoByteEncoder("gb18030")(text);
  } catch (error) {
    if (error instanceof NotEncodable) throw new Error(`${sourcePath}: ${error.message}`);
    throw error;
  }
  mkdirSync(dirname(join(dir, source.file)), { recursive: true });
  writeFileSync(join(dir, source.file), bytes);

  // The UTF-8 original alone in a workspace.
  linkInto(scale.dir, utf8Dir, source.file);
  return {
    dir,
    demand: scale.demand,
    files: [{ ...source, bytes: bytes.length }],
    utf8: { dir: utf8Dir, files: [source] },
  };
}

/**
 * chains.json and talentmap.json of the demo county (410923). A file over the configured
 * size limit would be set aside whole, so the limit is raised to fit, and that is noted.
 */
function writeSettings(part: WorkspaceFacts): string[] {
  copyFileSync(join(DEMO_WORKSPACE, "chains.json"), join(part.dir, "chains.json"));
  const config = JSON.parse(readFileSync(join(DEMO_WORKSPACE, "talentmap.json"), "utf8")) as {
    maxFileMegabytes?: number;
  };
  const limit = config.maxFileMegabytes ?? 200;
  const largest = Math.max(...part.files.map((f) => f.bytes)) / (1024 * 1024);
  const notes: string[] = [];
  if (largest > limit) {
    config.maxFileMegabytes = Math.ceil(largest) + 1;
    notes.push(
      `${part.dir}: the largest file is ${largest.toFixed(0)} MB, over the ${limit} MB limit (maxFileMegabytes); raised to ${config.maxFileMegabytes} for the benchmark`,
    );
  }
  writeFileSync(join(part.dir, "talentmap.json"), `${JSON.stringify(config, null, 2)}\n`);
  return notes;
}
