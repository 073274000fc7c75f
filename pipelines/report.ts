import type { Context } from "../src/context.ts";
import { findChromium, printPdfs } from "../src/report/files/pdf.ts";
import { writeSite } from "../src/report/pages/site.ts";
import { queryDetails } from "../src/report/queries/details.ts";
import { writeExports } from "../src/report/sheets/write.ts";
import { buildSummary } from "../src/report/summary/build.ts";
import { writeSummary } from "../src/report/summary/write.ts";
import type { Stage } from "./stage.ts";

/**
 * Writes files, not tables: summary.json (exact, for machines), rejects.csv, gaps.csv,
 * gaps.xlsx, the HTML maps (index.html, quality.html, chains/<id>.html; small people counts
 * hidden) with each chart as .svg and .vl.json beside its page, and with `--pdf` a PDF of
 * each page. Each file is written to a temporary name and renamed into place. It reads no
 * table that holds personal data (never roster_rows). The fields stage's tables (person_fields,
 * field_unresolved, field_levels, field_gaps) are read when they exist and are not among the
 * inputs: a warehouse made before that stage still gets its reports, without the field views.
 */
export const report: Stage = {
  name: "report",
  inputs: [
    "input_files",
    "rejects",
    "demand_rows",
    "demand",
    "people",
    "person_facets",
    "unresolved",
    "chain_list",
    "demand_chain",
    "person_chain",
    "demand_levels",
    "supply_levels",
    "gaps",
  ],
  outputs: [],
  run,
};

async function run(ctx: Context): Promise<void> {
  const summary = await buildSummary(ctx);
  await writeSummary(ctx.out, summary);
  const details = await queryDetails(ctx);
  const exports = await writeExports(ctx, summary, details);
  const site = await writeSite(ctx, summary, details);
  ctx.log.stage(
    "report",
    `${summary.chains.length} chains, ${summary.waves.length} waves: summary.json, ${exports.length} exports, ${site.pages.length} pages, ${site.charts.length / 2} chart files in ${ctx.out}`,
  );
  if (ctx.pdf) await writePdfs(ctx, site.pages);
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
