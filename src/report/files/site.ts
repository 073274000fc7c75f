import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Context } from "../../context.ts";
import { writeFileAtomic } from "../../fs/atomic.ts";
import { reportText } from "../../messages/report.ts";
import type { PageOptions } from "../html/page-options.ts";
import { renderChainPage } from "../pages/chain.ts";
import { chainHref, renderIndex } from "../pages/index.ts";
import { renderQuality } from "../pages/quality.ts";
import type { ReportModel } from "../sections/section.ts";
import { loadPlaces } from "../view/places.ts";
import { list, removeChartDir, writeChartFiles } from "./chart-files.ts";

/** "2026-11-21 02:00:00 UTC" for people; summary.json keeps the ISO form. */
export function displayTime(iso: string): string {
  return iso.replace("T", " ").replace(/Z$/, " UTC");
}

export type SiteFiles = { pages: string[]; charts: string[] };

/**
 * index.html, quality.html and chains/<id>.html in ctx.out, each written whole, with each
 * page's charts beside it (charts/, chains/<id>/). The page and charts of a chain that
 * chains.json no longer lists are removed, so no stale map is left to be read.
 */
export async function writeSite(ctx: Context, model: ReportModel): Promise<SiteFiles> {
  const { summary, details } = model;
  const base = {
    lang: ctx.lang,
    text: reportText(ctx.lang),
    minCellSize: ctx.workspace.config.minCellSize,
    bands: ctx.workspace.config.shortageBands,
    places: loadPlaces(),
    generatedAt: displayTime(summary.generatedAt),
    sources: details.sources,
    onWarning: (message: string) => ctx.log.warn(`chart: ${message}`),
  };
  const options = (chartDir: string, root: string): PageOptions => ({
    ...base,
    charts: [],
    chartDir,
    root,
  });
  const chainPages: string[] = [];
  const charts: string[] = [];
  for (const [i, chain] of summary.chains.entries()) {
    const o = options(`${encodeURIComponent(chain.id)}/`, "../");
    const html = await renderChainPage(model, i, o);
    const path = join(ctx.out, chainHref(chain.id));
    await writeFileAtomic(path, html);
    chainPages.push(path);
    charts.push(...(await writeChartFiles(join(ctx.out, "chains", chain.id), o.charts)));
  }
  const index = options("charts/", "");
  await writeFileAtomic(join(ctx.out, "index.html"), await renderIndex(model, index));
  charts.push(...(await writeChartFiles(join(ctx.out, "charts"), index.charts)));
  const quality = options("charts/", "");
  await writeFileAtomic(join(ctx.out, "quality.html"), await renderQuality(model, quality));
  await removeStale(join(ctx.out, "chains"), new Set(summary.chains.map((c) => c.id)));
  const pages = [join(ctx.out, "index.html"), join(ctx.out, "quality.html"), ...chainPages];
  return { pages, charts };
}

/** Pages (and their PDFs and chart folders) of chains no longer listed. */
async function removeStale(dir: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await list(dir)) {
    const id = name.replace(/\.(html|pdf)$/, "");
    if (keep.has(id)) continue;
    if (/\.(html|pdf)$/.test(name)) {
      await rm(join(dir, name), { force: true });
    } else if ((await stat(join(dir, name))).isDirectory()) {
      await removeChartDir(join(dir, name));
    }
  }
}
