import {
  demandByEducationSpec,
  gapSpec,
  provinceRows,
  supplyByEducationSpec,
  supplyByProvinceSpec,
} from "../charts/specs.ts";
import { levelLabel } from "../messages/report.ts";
import { type Cell, gapCell, peopleCell } from "../output/suppress.ts";
import type { EmployerDemand } from "../summary/employers.ts";
import type { ChainSummary, GapCell, Summary } from "../summary/schema.ts";
import {
  demandEducationKeys,
  type Ladder,
  supplyEducationKeys,
  titleKeys,
} from "../vocab/ladders.ts";
import { chartFigure } from "./chart.ts";
import { type PageOptions, waveTotals } from "./figures.ts";
import { formatCell } from "./format.ts";
import { html, type SafeHtml } from "./html.ts";
import { dataTable } from "./table.ts";

/** The sections of a chain page, each a heading, a chart (when there is something to draw) and its table. */

/** People, then the latest wave's positions, headcount, matched people and gap. */
export function headlines(summary: Summary, chain: ChainSummary, o: PageOptions): SafeHtml {
  const { text, lang, minCellSize } = o;
  const latest = summary.waves.at(-1);
  const figure = (label: string, cell: Cell, gap = false) =>
    gap
      ? html`<div class="gap"><dt>${label}</dt><dd>${formatCell(cell, lang)}</dd></div>`
      : html`<div><dt>${label}</dt><dd>${formatCell(cell, lang)}</dd></div>`;
  const items = [figure(text.people, peopleCell(chain.supply.people, minCellSize))];
  if (latest) {
    const totals = waveTotals(chain, latest, minCellSize);
    items.push(
      figure(`${text.positions} · ${latest}`, totals.positions),
      figure(`${text.headcount} · ${latest}`, totals.headcount),
      figure(`${text.matched} · ${latest}`, totals.matched),
      figure(`${text.gap} · ${latest}`, totals.gap, true),
    );
  }
  return html`<section><h2>${text.headlines}</h2><dl class="figures">${items}</dl></section>`;
}

function noData(o: PageOptions): SafeHtml {
  return html`<p class="note">${o.text.noData}</p>`;
}

export async function demandByEducation(
  chain: ChainSummary,
  waves: readonly string[],
  o: PageOptions,
) {
  const { text } = o;
  const total = waves.reduce((sum, wave) => sum + (chain.waves[wave]?.demand.headcount ?? 0), 0);
  const body =
    total === 0
      ? noData(o)
      : html`${await chartFigure(demandByEducationSpec(chain, waves, o), text.demandByEducation, o.onWarning)}
${dataTable({
  headers: [text.education, ...waves],
  rows: demandEducationKeys.map((key) => ({
    heads: [levelLabel(text, "education", key, "demand")],
    cells: waves.map((wave) => chain.waves[wave]?.demand.byEducation[key] ?? 0),
  })),
  lang: o.lang,
})}`;
  return html`<section><h2>${text.demandByEducation}</h2>${body}</section>`;
}

export async function supplyByEducation(chain: ChainSummary, o: PageOptions) {
  const { text, minCellSize } = o;
  const body =
    chain.supply.people === 0
      ? noData(o)
      : html`${await chartFigure(supplyByEducationSpec(chain, o), text.supplyByEducation, o.onWarning)}
${dataTable({
  headers: [text.education, text.people],
  rows: supplyEducationKeys.map((key) => ({
    heads: [levelLabel(text, "education", key, "supply")],
    cells: [peopleCell(chain.supply.byEducation[key], minCellSize)],
  })),
  lang: o.lang,
})}`;
  return html`<section><h2>${text.supplyByEducation}</h2>${body}</section>`;
}

export function supplyByTitle(chain: ChainSummary, o: PageOptions) {
  const { text, minCellSize } = o;
  const body =
    chain.supply.people === 0
      ? noData(o)
      : dataTable({
          headers: [text.title, text.people],
          rows: titleKeys.map((key) => ({
            heads: [levelLabel(text, "title", key, "supply")],
            cells: [peopleCell(chain.supply.byTitle[key], minCellSize)],
          })),
          lang: o.lang,
        });
  return html`<section><h2>${text.supplyByTitle}</h2>${body}</section>`;
}

/** The gap charts of one wave, education then title. */
export async function gapsOfWave(chain: ChainSummary, wave: string, o: PageOptions) {
  const { text, minCellSize } = o;
  const entry = chain.waves[wave];
  if (!entry || entry.demand.headcount === 0) {
    return html`<section><h2>${wave} ${text.gap}</h2>${noData(o)}</section>`;
  }
  const ladders: [Ladder, readonly string[], Record<string, GapCell>][] = [
    ["education", demandEducationKeys, entry.gap.byEducation],
    ["title", titleKeys, entry.gap.byTitle],
  ];
  const parts: SafeHtml[] = [];
  for (const [ladder, keys, cells] of ladders) {
    const title = text.gapChart(ladder, wave);
    parts.push(html`<h3>${title}</h3>
${await chartFigure(gapSpec(chain, wave, ladder, o), title, o.onWarning)}
${dataTable({
  headers: [text.ladderNames[ladder], text.demand, text.matched, text.gap],
  rows: keys.map((key) => {
    const cell = cells[key] ?? { demand: 0, matched: 0, gap: 0 };
    return {
      heads: [levelLabel(text, ladder, key, "demand")],
      cells: [
        cell.demand,
        peopleCell(cell.matched, minCellSize),
        gapCell(cell.demand, cell.matched, minCellSize),
      ],
    };
  }),
  lang: o.lang,
})}`);
  }
  return html`<section><h2>${wave} ${text.gap}</h2>${parts}</section>`;
}

export async function supplyByProvince(chain: ChainSummary, o: PageOptions) {
  const { text } = o;
  const rows = provinceRows(chain, o);
  const body =
    rows.length === 0
      ? noData(o)
      : html`${await chartFigure(supplyByProvinceSpec(chain, o), text.supplyByProvince, o.onWarning)}
${dataTable({
  headers: [text.province, text.people],
  rows: rows.map((row) => ({ heads: [row.name], cells: [row.cell] })),
  lang: o.lang,
})}`;
  return html`<section><h2>${text.supplyByProvince}</h2>${body}</section>`;
}

export function demandByRegion(chain: ChainSummary, waves: readonly string[], o: PageOptions) {
  const { text, places } = o;
  const rows = [...waves].reverse().flatMap((wave) =>
    Object.entries(chain.waves[wave]?.demand.byRegion ?? {}).map(([code, headcount]) => ({
      heads: [wave, places.region(code, text)],
      cells: [headcount],
    })),
  );
  const body =
    rows.length === 0
      ? noData(o)
      : dataTable({ headers: [text.wave, text.region, text.headcount], rows, lang: o.lang });
  return html`<section><h2>${text.demandByRegion}</h2>${body}</section>`;
}

export function employers(list: readonly EmployerDemand[], o: PageOptions) {
  const { text } = o;
  const body =
    list.length === 0
      ? noData(o)
      : dataTable({
          headers: [text.wave, text.employer, text.positions, text.headcount],
          rows: list.map((row) => ({
            heads: [row.wave, row.employer],
            cells: [row.positions, row.headcount],
          })),
          lang: o.lang,
        });
  return html`<section><h2>${text.employers}</h2>${body}</section>`;
}
