import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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
