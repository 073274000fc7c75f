import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Context } from "../context.ts";
import { reportText } from "../messages/report.ts";
import { writeFileAtomic } from "../output/atomic.ts";
import { loadPlaces } from "../output/places.ts";
import { queryEmployers } from "../summary/employers.ts";
import type { Summary } from "../summary/schema.ts";
import { renderChainPage } from "./chain-page.ts";
import type { PageOptions } from "./figures.ts";
import { chainHref, renderIndex } from "./index-page.ts";

/** "2026-11-21 02:00:00 UTC" for people; summary.json keeps the ISO form. */
export function displayTime(iso: string): string {
  return iso.replace("T", " ").replace(/Z$/, " UTC");
}

/**
 * index.html and chains/<id>.html in ctx.out, each written whole. A page of a chain that
 * chains.json no longer lists is removed, so no stale map is left to be read.
 */
export async function writeSite(ctx: Context, summary: Summary): Promise<string[]> {
  const options: PageOptions = {
    lang: ctx.lang,
    text: reportText(ctx.lang),
    minCellSize: ctx.workspace.config.minCellSize,
    places: loadPlaces(),
    generatedAt: displayTime(summary.generatedAt),
    onWarning: (message) => ctx.log.warn(`chart: ${message}`),
  };
  const employers = await queryEmployers(ctx.db);
  const written: string[] = [];
  for (const chain of summary.chains) {
    const path = join(ctx.out, chainHref(chain.id));
    await writeFileAtomic(
      path,
      await renderChainPage(summary, chain, employers.get(chain.id) ?? [], options),
    );
    written.push(path);
  }
  const index = join(ctx.out, "index.html");
  await writeFileAtomic(index, renderIndex(summary, options));
  written.push(index);
  await removeStalePages(
    join(ctx.out, "chains"),
    new Set(summary.chains.map((c) => `${c.id}.html`)),
  );
  return written;
}

async function removeStalePages(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const name of entries) {
    if (name.endsWith(".html") && !keep.has(name)) await rm(join(dir, name), { force: true });
  }
}
