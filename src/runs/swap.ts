import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isAlive } from "./process.ts";

/**
 * The output folder is replaced whole: a run writes into `<out>.tmp-<pid>` beside it, then
 * `<out>` is renamed to `<out>.old-<pid>`, the new folder to `<out>`, and the old one is
 * removed. A reader sees the old reports or the new, never a mix; a run killed in between
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
 * Files of the old folder that talentmap did not write this time and that are not its own
 * (a README, a web server's config) are carried over; PDFs are talentmap's (a run without
 * --pdf must not keep the PDFs of older pages), as are its temporary files.
 */
function carryOver(from: string, to: string): void {
  const made = new Set(readdirSync(to));
  for (const name of readdirSync(from)) {
    if (made.has(name) || /\.pdf$/i.test(name) || /\.tmp$/.test(name)) continue;
    cpSync(join(from, name), join(to, name), { recursive: true, preserveTimestamps: true });
  }
}

/** Puts the finished folder `tmp` in place of `out` (see the top of this file). */
export function swapInto(tmp: string, out: string): void {
  if (!existsSync(out)) {
    mkdirSync(dirname(out), { recursive: true });
    renameSync(tmp, out);
    return;
  }
  carryOver(out, tmp);
  const old = `${out}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
}

/** Removes this run's unfinished folder after a failure: the old reports stay as they were. */
export function discardStaging(tmp: string): void {
  rmSync(tmp, { recursive: true, force: true });
}
