import type { DuckDBConnection } from "@duckdb/node-api";
import type { Lang } from "../../messages/lang.ts";
import type { ReportText } from "../../messages/report.ts";
import type { SafeHtml } from "../html/html.ts";
import type { PageOptions } from "../html/page-options.ts";
import type { Details } from "../queries/details.ts";
import type { ExportValue } from "../sheets/cells.ts";
import type { Summary } from "../summary/schema.ts";
import type { ChainView } from "../view/chain-view.ts";
import type { Places } from "../view/places.ts";
import type { Published } from "../view/positions.ts";

/** What a sheet's rows are written with: the published settings, the language, place names. */
export type SheetOptions = Published & { lang: Lang; text: ReportText; places: Places };

/** A table a section gives to a file: a sheet of gaps.xlsx, or a CSV file of its own. */
export interface SectionTable<V> {
  /** The sheet's name (for a CSV file, its file name is the key it is listed under). */
  name(o: SheetOptions): string;
  /** The title row above a sheet's table; the sheet's name when absent. */
  title?(o: SheetOptions, model: ReportModel): string;
  /** The rows, header first, from the section's views; null when there is nothing to give. */
  rows(views: readonly V[], model: ReportModel, o: SheetOptions): ExportValue[][] | null;
}

/**
 * One part of a page, in fixed roles, so that adding one touches its own folder, its page's
 * list and the message catalogue:
 * - `query` (optional) reads what this section alone needs from the warehouse, once per run
 *   (most sections read the run's shared model: summary.json's figures and the details);
 * - `view` works out what the section shows, small counts suppressed, once per run: once per
 *   chain for a chain page's section, once for the run for the index and quality pages';
 * - `html` draws the view; `sheets` and `files` give its tables to the planner workbook and to
 *   CSV files, from the same views.
 */
export interface Section<In, V, Q = undefined> {
  /** Unique in the report; the page anchor where the section has one. */
  readonly id: string;
  readonly query?: (db: DuckDBConnection) => Promise<Q>;
  view(input: In, model: ReportModel, queried: Q, o: Published): V;
  html(view: V, o: PageOptions): SafeHtml | Promise<SafeHtml>;
  /** Its sheets of the planner workbook, by a key the workbook's list names them by. */
  readonly sheets?: Readonly<Record<string, SectionTable<V>>>;
  /** CSV files of its own in the output folder, by file name. */
  readonly files?: Readonly<Record<string, SectionTable<V>>>;
}

/** A section of a chain's page: its input is the chain's shared view. */
// biome-ignore lint/suspicious/noExplicitAny: a page lists sections whose views differ.
export type ChainSection<V = any, Q = any> = Section<ChainView, V, Q>;

/** A section of the index or quality page: its input is the whole run. */
// biome-ignore lint/suspicious/noExplicitAny: a page lists sections whose views differ.
export type RunSection<V = any, Q = any> = Section<null, V, Q>;

/** Any section of any page. */
export type AnySection = ChainSection | RunSection;

/** A chain section whose view is the chain's shared view itself. */
export function chainSection(
  id: string,
  html: (view: ChainView, o: PageOptions) => SafeHtml | Promise<SafeHtml>,
): ChainSection<ChainView, undefined> {
  return { id, view: (chain) => chain, html };
}

/**
 * What the report shows, worked out once per run and read by every writer (pages, workbook,
 * CSV files): summary.json's figures, the shared details, each chain's shared view, and each
 * section's own views.
 */
export type ReportModel = {
  readonly summary: Summary;
  readonly details: Details;
  /** One per chain of the summary, in its order. */
  readonly chains: readonly ChainView[];
  /** Per section: one view per chain (a chain page's section), or one (the run's pages'). */
  readonly views: ReadonlyMap<string, readonly unknown[]>;
};

/** The sections of every page, by the input their views take; the workbook's come from these. */
export type ReportSections = {
  readonly chain: readonly ChainSection[];
  readonly run: readonly RunSection[];
};
