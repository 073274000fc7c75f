import { readdir, rm, rmdir } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../../fs/atomic.ts";
import type { ChartFile } from "../html/page-options.ts";

const chartFile = /\.(svg|vl\.json)$/;

/**
 * Writes each chart of a page as `<id>.svg` and `<id>.vl.json` in `dir`, and removes the
 * chart files there that this run did not draw (a chart that no longer applies).
 */
export async function writeChartFiles(
  dir: string,
  charts: readonly ChartFile[],
): Promise<string[]> {
  const written: string[] = [];
  for (const chart of charts) {
    const svg = join(dir, `${chart.id}.svg`);
    const spec = join(dir, `${chart.id}.vl.json`);
    await writeFileAtomic(svg, `<?xml version="1.0" encoding="utf-8"?>\n${chart.svg}\n`);
    await writeFileAtomic(spec, `${JSON.stringify(chart.spec, null, 2)}\n`);
    written.push(svg, spec);
  }
  const keep = new Set(charts.flatMap((c) => [`${c.id}.svg`, `${c.id}.vl.json`]));
  for (const name of await list(dir)) {
    if (chartFile.test(name) && !keep.has(name)) await rm(join(dir, name), { force: true });
  }
  return written;
}

/** Removes a retired chain's chart folder: its chart files, then the folder if empty. */
export async function removeChartDir(dir: string): Promise<void> {
  for (const name of await list(dir)) {
    if (chartFile.test(name)) await rm(join(dir, name), { force: true });
  }
  if ((await list(dir)).length === 0) await rmdir(dir).catch(() => undefined);
}

export async function list(dir: string): Promise<string[]> {
  return readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return [];
    throw error;
  });
}
