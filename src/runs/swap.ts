import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Lang } from "../messages/lang.ts";
import { carryOver } from "../output/carry.ts";
import { legacyReports } from "../output/legacy.ts";
import { claimFolder, writeMarker } from "../output/marker.ts";
import { isAlive } from "../process.ts";

/**
 * The output folder is replaced whole: a run writes into `<out>.tmp-<pid>` beside it, then
 * `<out>` is renamed to `<out>.old-<pid>`, the new folder to `<out>`, and the old one is
 * removed, after the user's own files in it were copied over (swapInto). A reader sees the old reports or the new, never a mix; a run killed in between
 * leaves leftovers that the next run sorts out (recoverOutput).
 */
const leftover = (out: string) => new RegExp(`^${escapeRegExp(basename(out))}\\.(tmp|old)-(\\d+)$`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface Leftover {
  path: string;
  kind: "tmp" | "old";
  pid: number;
}

function leftovers(out: string): Leftover[] {
  const dir = dirname(out);
  if (!existsSync(dir)) return [];
  const pattern = leftover(out);
  return readdirSync(dir).flatMap((name) => {
    const m = pattern.exec(name);
    return m ? [{ path: join(dir, name), kind: m[1] as "tmp" | "old", pid: Number(m[2]) }] : [];
  });
}

/**
 * Sorts out what a killed run left beside `out` (only folders of processes that are gone):
 * if it died between the two renames, `<out>` is missing and the old reports are put back;
 * unfinished new folders and old ones are removed. Returns what it did, for the log.
 */
export function recoverOutput(out: string): string[] {
  const done: string[] = [];
  const dead = leftovers(out).filter((l) => l.pid !== process.pid && !isAlive(l.pid));
  if (!existsSync(out)) {
    const old = dead.find((l) => l.kind === "old");
    if (old) {
      renameSync(old.path, out);
      done.push(`restored ${out} from ${basename(old.path)}, left by an interrupted run`);
    }
  }
  for (const l of dead) {
    if (!existsSync(l.path)) continue;
    rmSync(l.path, { recursive: true, force: true });
    done.push(`removed ${basename(l.path)}, left by an interrupted run`);
  }
  return done;
}

/** A fresh, empty folder beside `out` for this run to write into. */
export function stagingFolder(out: string): string {
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  return tmp;
}

/**
 * Puts the finished folder `tmp` in place of `out` (see the top of this file). `out` must be
 * talentmap's (marker.ts; else a usage error, and nothing is touched): the new folder's
 * marker lists the files this run wrote, then every file of the old folder that talentmap did
 * not write is carried over (carry.ts), whatever its name. Returns notes for the log.
 */
export function swapInto(
  tmp: string,
  out: string,
  options: { lang?: Lang; now?: Date } = {},
): string[] {
  const lang = options.lang ?? "zh";
  const now = options.now ?? new Date();
  const owned = claimFolder(out, "reports", lang, (dir) => legacyReports(dir, tmp));
  writeMarker(tmp, "reports");
  if (!existsSync(out)) {
    mkdirSync(dirname(out), { recursive: true });
    renameSync(tmp, out);
    return [];
  }
  const notes = carryOver(out, tmp, owned, now, lang);
  const old = `${out}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  return notes;
}

/** Removes this run's unfinished folder after a failure: the old reports stay as they were. */
export function discardStaging(tmp: string): void {
  rmSync(tmp, { recursive: true, force: true });
}
