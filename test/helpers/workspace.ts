import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** county-small's input files: the small workspace, rejects and all, the end-to-end tests copy. */
export const countySmallInput = join(import.meta.dirname, "..", "cases", "county-small", "input");

/** A temporary folder for the tests of one file, removed after them. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `talentmap-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A test's workspace folder: the input files in data/, and beside them the reports and the
 * warehouse a run writes.
 */
export interface Place {
  dir: string;
  data: string;
  out: string;
  db: string;
}

export function placeIn(dir: string): Place {
  return {
    dir,
    data: join(dir, "data"),
    out: join(dir, "reports"),
    db: join(dir, "reports.duckdb"),
  };
}

/** county-small copied into `dir`/data. */
export function countySmallIn(dir: string): Place {
  const place = placeIn(dir);
  cpSync(countySmallInput, place.data, { recursive: true });
  return place;
}

/**
 * Changes of every kind to a copy of county-small's files: a survey edited (a row more, one
 * rejected), a roster gone, a new wave.
 */
export function changeCountySmall(data: string): void {
  appendFileSync(
    join(data, "surveys", "2024H1", "需求.csv"),
    "丁材料,,生物基材料,,城关镇,聚乳酸工程师,高分子,博士,正高级,1,非常紧缺\n戊公司,,,,,文员,,,,若干,\n",
  );
  rmSync(join(data, "rosters", "人社局.csv"));
  mkdirSync(join(data, "surveys", "2025H1"));
  writeFileSync(
    join(data, "surveys", "2025H1", "新增.csv"),
    "企业名称,所属产业链,岗位名称,学历要求,需求人数\n己食品,食品加工,质检员,本科,3\n",
  );
}

/** The non-empty cells of the given columns of county-small's CSV roster, row by row. */
export function countySmallRosterValues(...columns: string[]): string[] {
  const [header = [], ...rows] = readFileSync(
    join(countySmallInput, "rosters", "人社局.csv"),
    "utf8",
  )
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
  const at = columns.map((name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`人社局.csv has no column ${name}`);
    return i;
  });
  return rows.flatMap((row) => at.map((i) => row[i] ?? "")).filter((v) => v !== "");
}
