import type { Context } from "../src/context.ts";
import { writeExports } from "../src/exports/write.ts";
import { writeSite } from "../src/render/site.ts";
import { buildSummary } from "../src/summary/build.ts";
import { writeSummary } from "../src/summary/write.ts";
import type { Stage } from "./stage.ts";

/**
 * Writes files, not tables: summary.json (exact, for machines), rejects.csv, gaps.csv,
 * gaps.xlsx and the HTML maps (index.html, chains/<id>.html; small people counts hidden).
 * Each file is written to a temporary name and renamed into place. It reads no table that
 * holds personal data (never roster_rows).
 */
export const report: Stage = {
  name: "report",
  inputs: [
    "input_files",
    "rejects",
    "demand",
    "people",
    "person_facets",
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
  const exports = await writeExports(ctx, summary);
  const pages = await writeSite(ctx, summary);
  ctx.log.stage(
    "report",
    `${summary.chains.length} chains, ${summary.waves.length} waves: summary.json, ${exports.length} exports, ${pages.length} pages in ${ctx.out}`,
  );
}
