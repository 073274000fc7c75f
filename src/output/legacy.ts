import { existsSync, lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { summarySchema } from "../report/summary/schema.ts";
import type { Owned } from "./marker.ts";

/**
 * Output folders written before markers (marker.ts) are still talentmap's when they hold a
 * summary.json of talentmap's schema; they are taken over, and the first run writes their
 * marker. Which of their files talentmap wrote is not recorded, so it is inferred from what
 * that version wrote, and from what this run writes (`made`, its staging folder):
 * - a file this run writes again at the same path;
 * - anything under a top-level folder this run writes (chains/, charts/: those versions kept
 *   nothing else there);
 * - a page's PDF (`x.pdf` beside `x.html`), which --pdf wrote;
 * - an atomic write's leftover temporary file (`.name.<pid>[.<hex>].tmp`).
 * Everything else (a README, the user's own PDF or .tmp) is carried over. With `made` null,
 * only recognises the folder.
 */
export function legacyReports(dir: string, made: string | null): Owned | null {
  let summary: unknown;
  try {
    summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"));
  } catch {
    return null;
  }
  if (!summarySchema.safeParse(summary).success) return null;
  if (made === null) return () => false;
  return (path) => {
    const top = path.split("/")[0] as string;
    const name = path.split("/").pop() as string;
    return (
      (path.includes("/") && isDir(join(made, top))) ||
      existsSync(join(made, path)) ||
      (/\.pdf$/.test(path) && existsSync(join(dir, path.replace(/\.pdf$/, ".html")))) ||
      /^\..+\.\d+(\.[0-9a-f]+)?\.tmp$/.test(name)
    );
  };
}

function isDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
