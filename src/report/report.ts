import type { Context } from "../context.ts";
import { writeExports } from "./files/exports.ts";
import { findChromium, printPdfs } from "./files/pdf.ts";
import { writeSite } from "./files/site.ts";
import { buildModel } from "./model.ts";
import { chainSections } from "./pages/chain.ts";
import { indexSections } from "./pages/index.ts";
import { qualitySections } from "./pages/quality.ts";
import { queryDetails } from "./queries/details.ts";
import type { ReportModel, ReportSections } from "./sections/section.ts";
import { buildSummary } from "./summary/build.ts";
import type { Summary } from "./summary/schema.ts";
import { writeSummary } from "./summary/write.ts";

/** Every section of the report, by page; the workbook's sheets come from these. */
export const reportSections: ReportSections = {
  chain: chainSections,
  run: [...indexSections, ...qualitySections],
};

/**
 * The report, in the order its parts depend on each other: summary.json (exact, for machines);
 * the details and each section's views, worked out once; from them the CSV files and gaps.xlsx,
 * the HTML pages with their charts, and with `--pdf` a PDF of each page.
 */
export async function writeReport(ctx: Context): Promise<void> {
  const summary = await buildSummary(ctx);
  await writeSummary(ctx.out, summary);
  const model = await reportModel(ctx, summary);
  const exports = await writeExports(ctx, model, reportSections);
  const site = await writeSite(ctx, model);
  ctx.log.stage(
    "report",
    `${summary.chains.length} chains, ${summary.waves.length} waves: summary.json, ${exports.length} exports, ${site.pages.length} pages, ${site.charts.length / 2} chart files in ${ctx.out}`,
  );
  if (ctx.pdf) await writePdfs(ctx, site.pages);
}

/** The details and every section's views, worked out once, for every file the report writes. */
export async function reportModel(ctx: Context, summary: Summary): Promise<ReportModel> {
  const details = await queryDetails(ctx);
  const published = {
    minCellSize: ctx.workspace.config.minCellSize,
    bands: ctx.workspace.config.shortageBands,
  };
  return buildModel(ctx.db, summary, details, published, reportSections);
}

async function writePdfs(ctx: Context, pages: readonly string[]): Promise<void> {
  const chromium = findChromium();
  if (!chromium) {
    ctx.log.warn(
      "--pdf: no Chromium or Chrome found (looked at $TALENTMAP_CHROMIUM, /usr/bin/chromium, /usr/bin/google-chrome…): PDFs skipped. Install chromium, or set TALENTMAP_CHROMIUM to its path.",
    );
    return;
  }
  const pdfs = await printPdfs(chromium, pages);
  ctx.log.stage("report", `${pdfs.length} PDFs printed with ${chromium}`);
}
