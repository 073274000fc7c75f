import type { DuckDBConnection } from "@duckdb/node-api";
import type { Details } from "./queries/details.ts";
import type { ReportModel, ReportSections, Section } from "./sections/section.ts";
import type { Summary } from "./summary/schema.ts";
import { chainView } from "./view/chain-view.ts";
import type { Published } from "./view/positions.ts";

/**
 * The report's model (see ReportModel): each chain's shared view, then each section's own
 * query and views, once per run, so the pages, the workbook and the CSV files show the same.
 */
export async function buildModel(
  db: DuckDBConnection,
  summary: Summary,
  details: Details,
  o: Published,
  sections: ReportSections,
): Promise<ReportModel> {
  const chains = summary.chains.map((chain) => chainView(summary, chain, details, o));
  const views = new Map<string, unknown[]>();
  const model: ReportModel = { summary, details, chains, views };
  const queried = await querySections(db, [...sections.chain, ...sections.run]);
  for (const section of unique(sections.chain)) {
    views.set(
      section.id,
      chains.map((chain) => section.view(chain, model, queried.get(section.id), o)),
    );
  }
  for (const section of unique(sections.run)) {
    views.set(section.id, [section.view(null, model, queried.get(section.id), o)]);
  }
  return model;
}

/** Each section's own query, once, one after the other (one connection runs one query). */
async function querySections(
  db: DuckDBConnection,
  sections: readonly Section<unknown, unknown, unknown>[],
): Promise<Map<string, unknown>> {
  const queried = new Map<string, unknown>();
  for (const section of unique(sections)) {
    if (section.query) queried.set(section.id, await section.query(db));
  }
  return queried;
}

/** A section listed on two pages (or a page and the workbook) is one section: one view. */
function unique<S extends { id: string }>(sections: readonly S[]): S[] {
  const byId = new Map<string, S>();
  for (const section of sections) {
    const known = byId.get(section.id);
    if (known && known !== section) throw new Error(`two report sections are named ${section.id}`);
    byId.set(section.id, section);
  }
  return [...byId.values()];
}
