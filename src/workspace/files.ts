import { existsSync, readdirSync, type Stats, statSync } from "node:fs";
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
  /**
   * Set for a name that leads to no file: a symbolic link whose target is gone (or a loop of
   * links). Set aside whole with its reason; the run goes on with the other files.
   */
  readonly missing?: boolean;
}

export const wavePattern = /^\d{4}H[12]$/;

/** Excel's lock files (~$名单.xlsx) and hidden files are never inputs. */
const isNoise = (name: string) => name.startsWith("~$") || name.startsWith(".");

/** Lists the workspace's input files in a stable order: surveys by wave, then rosters. */
export function listInputFiles(dir: string): InputFile[] {
  const files: InputFile[] = [];
  const add = (path: string, kind: InputKind, wave: string | null, misplaced: boolean) => {
    const info = statOrGone(path);
    files.push({
      file: relative(dir, path).split(sep).join("/"),
      path,
      kind,
      wave,
      bytes: info?.size ?? 0,
      misplaced,
      ...(info === null && { missing: true }),
    });
  };
  const surveys = join(dir, "surveys");
  if (existsSync(surveys)) {
    for (const entry of sorted(surveys)) {
      const path = join(surveys, entry);
      if (statOrGone(path)?.isDirectory()) {
        for (const name of sorted(path)) {
          const filePath = join(path, name);
          const info = statOrGone(filePath);
          if (info === null || info.isFile())
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
      const info = statOrGone(path);
      if (info === null || info.isFile()) add(path, "roster", null, false);
    }
  }
  return files;
}

/**
 * A file's stat, following links; null when the name leads nowhere (a link whose target was
 * deleted or is on a disk not mounted, a loop of links). Other errors (no permission) are the
 * user's to fix and go up with the path.
 */
function statOrGone(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ELOOP" || code === "ENOTDIR") return null;
    throw error;
  }
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
