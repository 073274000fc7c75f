import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";

export type InputKind = "demand" | "roster";

export interface InputFile {
  /** Path relative to the workspace, with `/`: how every report names the file. */
  readonly file: string;
  readonly path: string;
  readonly kind: InputKind;
  readonly wave: string | null;
  readonly bytes: number;
  /** Set when the file's place alone rules it out (e.g. a survey outside a wave folder). */
  readonly misplaced: boolean;
}

export const wavePattern = /^\d{4}H[12]$/;

/** Excel's lock files (~$名单.xlsx) and hidden files are never inputs. */
const isNoise = (name: string) => name.startsWith("~$") || name.startsWith(".");

/** Lists the workspace's input files in a stable order: surveys by wave, then rosters. */
export function listInputFiles(dir: string): InputFile[] {
  const files: InputFile[] = [];
  const add = (path: string, kind: InputKind, wave: string | null, misplaced: boolean) =>
    files.push({
      file: relative(dir, path).split(sep).join("/"),
      path,
      kind,
      wave,
      bytes: statSync(path).size,
      misplaced,
    });
  const surveys = join(dir, "surveys");
  if (existsSync(surveys)) {
    for (const entry of sorted(surveys)) {
      const path = join(surveys, entry);
      if (statSync(path).isDirectory()) {
        for (const name of sorted(path)) {
          const filePath = join(path, name);
          if (statSync(filePath).isFile())
            add(filePath, "demand", wave(entry), !wavePattern.test(entry));
        }
      } else {
        add(path, "demand", null, true);
      }
    }
  }
  const rosters = join(dir, "rosters");
  if (existsSync(rosters)) {
    for (const name of sorted(rosters)) {
      const path = join(rosters, name);
      if (statSync(path).isFile()) add(path, "roster", null, false);
    }
  }
  return files;
}

function wave(folder: string): string | null {
  return wavePattern.test(folder) ? folder : null;
}

function sorted(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !isNoise(name))
    .sort();
}

export function formatOf(file: string): "csv" | "xlsx" | null {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") return "csv";
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  return null;
}

/**
 * The kind a file's place in a workspace implies: under surveys/ a demand survey, under
 * rosters/ a roster; null elsewhere (talentmap inspect then judges by the headers).
 */
export function kindOfPath(path: string): InputKind | null {
  const parts = path.split(/[\\/]+/);
  const at = Math.max(parts.lastIndexOf("surveys"), parts.lastIndexOf("rosters"));
  if (at < 0) return null;
  return parts[at] === "surveys" ? "demand" : "roster";
}
