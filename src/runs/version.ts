import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The folders and files whose content decides what a run makes from the same inputs. */
const codeParts = ["src", "pipelines", "package.json", "package-lock.json"];

const root = join(import.meta.dirname, "..", "..");

function walk(path: string, into: string[]): void {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) walk(child, into);
    else if (entry.isFile()) into.push(child);
  }
}

/**
 * A hash of the code that makes the outputs (sources, stages, dependency lock): a refresh
 * after an upgrade reads and computes everything again, as the outputs may differ. Some 250
 * small files, read in a few milliseconds.
 */
export function codeVersion(base = root): string {
  const files: string[] = [];
  for (const part of codeParts) {
    const path = join(base, part);
    if (!existsSync(path)) continue;
    if (part.includes(".")) files.push(path);
    else walk(path, files);
  }
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(relative(base, file).split("\\").join("/"));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}
