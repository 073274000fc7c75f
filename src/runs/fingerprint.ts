import { createHash } from "node:crypto";
import type { Lang } from "../messages/lang.ts";
import type { WorkspaceScan } from "../workspace/scan.ts";

/**
 * Everything that decides what a run writes, hashed: each input file's content (and a
 * roster's modification time, which the reports print as the rosters' date), chains.json,
 * talentmap.json, aliases.csv, the code version and the options that change the outputs. A
 * refresh whose fingerprint is that of the last good run has nothing to do.
 */
export function fingerprint(
  scan: WorkspaceScan,
  /** keyCheck: the secret's check value (a new key epoch changes every person key). */
  options: { codeVersion: string; lang: Lang; pdf: boolean; out: string; keyCheck: string },
): string {
  const files = scan.files.map((f) => [f.file, f.sha256, f.kind === "roster" ? f.mtimeMs : null]);
  const text = JSON.stringify({ files, settings: scan.settings, ...options });
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
