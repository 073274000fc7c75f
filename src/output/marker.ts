import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ExitCode, UserError } from "../errors.ts";
import type { Lang } from "../messages/lang.ts";
import { folderMessages } from "../messages/safety.ts";

/**
 * talentmap replaces a folder only when it wrote it: every output and export folder carries
 * `.talentmap-output`, a short JSON saying what wrote it and listing the files it wrote. Only
 * those files are replaced or removed by the next write; anything else in the folder is the
 * user's and is carried over. A folder that is neither absent, empty, nor marked is refused.
 */
export const markerName = ".talentmap-output";

export type OutputKind = "reports" | "parquet";

export interface Marker {
  readonly writtenBy: "talentmap";
  readonly kind: OutputKind;
  /** The files talentmap wrote, relative to the folder, `/`-separated, the marker excluded. */
  readonly files: readonly string[];
}

/** Which files of an existing folder talentmap wrote (and may replace or remove). */
export type Owned = (path: string) => boolean;

/** The files (and symlinks, not followed) under `dir`, relative to it, `/`-separated, sorted. */
export function filesIn(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? filesIn(join(dir, entry.name), path) : [path];
    })
    .sort();
}

/**
 * Writes the marker of a folder talentmap has just written, listing what is in it now. No time
 * in it (the file's own says when): the same reports give the same marker, so the one the
 * repository keeps in reports/ (a clean clone's `npm start` may write there) stays as it is.
 */
export function writeMarker(dir: string, kind: OutputKind): void {
  const files = filesIn(dir).filter((f) => f !== markerName);
  const marker: Marker = { writtenBy: "talentmap", kind, files };
  writeFileSync(join(dir, markerName), `${JSON.stringify(marker, null, 2)}\n`);
}

/** The folder's marker; null when there is none or it is not one talentmap wrote. */
export function readMarker(dir: string): Marker | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dir, markerName), "utf8"));
  } catch {
    return null;
  }
  const m = parsed as Partial<Marker> | null;
  if (
    m === null ||
    typeof m !== "object" ||
    m.writtenBy !== "talentmap" ||
    (m.kind !== "reports" && m.kind !== "parquet") ||
    !Array.isArray(m.files) ||
    !m.files.every((f) => typeof f === "string")
  )
    return null;
  return m as Marker;
}

/**
 * Whether talentmap may write `dir` as a folder of `kind`, and which of its files are
 * talentmap's: absent or empty, nothing; marked, the files the marker lists; unmarked,
 * whatever `legacy` (a folder an older talentmap wrote, before markers) recognises. Anything
 * else is a usage error naming the folder, and nothing is written.
 */
export function claimFolder(
  dir: string,
  kind: OutputKind,
  lang: Lang,
  legacy: (dir: string) => Owned | null = () => null,
): Owned {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory())
      throw new UserError(folderMessages.notFolder(dir)[lang], ExitCode.usage);
    entries = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return () => false;
    throw error;
  }
  if (entries.length === 0) return () => false;
  const marker = readMarker(dir);
  if (marker !== null) {
    if (marker.kind !== kind)
      throw new UserError(folderMessages.otherKind(dir, marker.kind, kind)[lang], ExitCode.usage);
    const files = new Set(marker.files);
    return (path) => files.has(path);
  }
  const owned = entries.includes(markerName) ? null : legacy(dir);
  if (owned === null)
    throw new UserError(folderMessages.notOurs(dir, markerName)[lang], ExitCode.usage);
  return owned;
}
