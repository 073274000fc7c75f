import { existsSync, readdirSync, type Stats, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type InputKind, inputKinds } from "../sources/kinds.ts";

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

/** Lists the workspace's input files in a stable order: each kind's folder (surveys by wave, then rosters). */
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
  for (const spec of inputKinds) {
    const folder = join(dir, spec.folder);
    if (!existsSync(folder)) continue;
    for (const entry of sorted(folder)) {
      const path = join(folder, entry);
      const info = statOrGone(path);
      if (spec.byWave && info?.isDirectory()) {
        for (const name of sorted(path)) {
          const filePath = join(path, name);
          const inner = statOrGone(filePath);
          if (inner === null || inner.isFile())
            add(filePath, spec.kind, wave(entry), !wavePattern.test(entry));
        }
      } else if (info === null || info.isFile()) {
        // A file straight under a folder of waves belongs to no wave.
        add(path, spec.kind, null, spec.byWave);
      }
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
