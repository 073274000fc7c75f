import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { type InputFile, listInputFiles } from "./files.ts";

/** An input file as found now: its place, content hash and modification time. */
export interface ScannedFile extends InputFile {
  readonly sha256: string;
  /** Modification time, milliseconds since the epoch. */
  readonly mtimeMs: number;
}

/** What a workspace holds now: every input file hashed, and the settings files' hashes. */
export interface WorkspaceScan {
  readonly files: readonly ScannedFile[];
  /** sha256 of chains.json, talentmap.json and aliases.csv; null when the file is absent. */
  readonly settings: Readonly<Record<(typeof settingsFiles)[number], string | null>>;
}

/** The workspace files besides inputs that change what a run makes. */
export const settingsFiles = ["chains.json", "talentmap.json", "aliases.csv"] as const;

/** sha256 of a file, read 1 MB at a time so a large workbook is never held whole. */
export function hashFile(path: string): string {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

/** What a name leading to no file (InputFile.missing) is hashed as: it changes when it comes back. */
const missingHash = "missing";

export function scanWorkspace(dir: string): WorkspaceScan {
  const files = listInputFiles(dir).map((file) =>
    file.missing
      ? { ...file, sha256: missingHash, mtimeMs: 0 }
      : {
          ...file,
          sha256: hashFile(file.path),
          mtimeMs: Math.trunc(statSync(file.path).mtimeMs),
        },
  );
  const settings = Object.fromEntries(
    settingsFiles.map((name) => {
      const path = join(dir, name);
      return [name, existsSync(path) ? hashFile(path) : null];
    }),
  ) as WorkspaceScan["settings"];
  return { files, settings };
}

/** Whether a file still is as scanned (a file rewritten while being read is read again next time). */
export function unchangedSince(file: ScannedFile): boolean {
  if (file.missing) return !existsSync(file.path);
  try {
    const info = statSync(file.path);
    return info.size === file.bytes && Math.trunc(info.mtimeMs) === file.mtimeMs;
  } catch {
    return false;
  }
}
