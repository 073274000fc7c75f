import { ladderTitle, levelLabel } from "../../../messages/report.ts";
import { demandKeys, type Ladder } from "../../../vocab/ladders.ts";
import { byWaveSpec, rankedSpec } from "../../charts/breakdowns.ts";
import { colors } from "../../charts/theme.ts";
import { chartFigure } from "../../html/chart.ts";
import { html } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { noData, section } from "../../html/section.ts";
import { sourceNote } from "../../html/source-note.ts";
import { dataTable } from "../../html/table.ts";
import type { DemandPlaceRow } from "../../queries/demand.ts";
import { sumBy, sumByKeys } from "../../view/breakdown.ts";
import { type ChainView, topEmployers } from "../../view/chain-view.ts";
import { townOf } from "../../view/towns.ts";

/** The demand sections of a chain page: by education, title, urgency, place, enterprise. */

function hasDemand(v: ChainView): boolean {
  return v.waves.some((wave) => (v.chain.waves[wave]?.demand.headcount ?? 0) > 0);
}

/** A ladder's demand per wave, from summary.json's exact figures (headcounts are public). */
export async function demandByLadder(v: ChainView, ladder: Ladder, o: PageOptions) {
  const { text } = o;
  const title = ladder === "education" ? text.demandByEducation : text.demandByTitle;
  if (!hasDemand(v)) return section(title, noData(o));
  const keys = demandKeys(ladder);
  const count = (key: string, wave: string) => {
    const demand = v.chain.waves[wave]?.demand;
    const byLevel: Record<string, number> | undefined =
      ladder === "education" ? demand?.byEducation : demand?.byTitle;
    return byLevel?.[key] ?? 0;
  };
  const categories = keys.map((key) => levelLabel(text, ladder, key, "demand"));
  const spec = byWaveSpec({
    description: `${title}: ${v.chain.name}`,
    categories,
    waves: v.waves,
    value: (i, wave) => count(keys[i] ?? "", wave),
    categoryTitle: ladderTitle(text, ladder),
    valueTitle: text.headcount,
    waveTitle: text.wave,
  });
  const figure = await chartFigure(
    spec,
    { id: `demand-${ladder}`, caption: title, source: sourceNote(o, v.waves, false) },
    o,
  );
  const table = dataTable({
    headers: [ladderTitle(text, ladder), ...v.waves],
    rows: keys.map((key, i) => ({
      heads: [categories[i] ?? key],
      cells: v.waves.map((wave) => count(key, wave)),
    })),
    lang: o.lang,
  });
  return section(title, html`<div class="pair">${figure}${table}</div>`);
}

const urgencyKeys = ["very-urgent", "urgent", "normal", ""];

export async function demandByUrgency(v: ChainView, o: PageOptions) {
  const { text } = o;
  if (!hasDemand(v)) return section(text.demandByUrgency, noData(o));
  const totals = new Map(
    v.waves.map((wave) => [
      wave,
      new Map(
        sumByKeys(
          v.demand.urgency.filter((row) => row.wave === wave),
          urgencyKeys,
          (row) => (urgencyKeys.includes(row.urgency) ? row.urgency : ""),
          (row) => row.headcount,
        ),
      ),
    ]),
  );
  const count = (key: string, wave: string) => totals.get(wave)?.get(key) ?? 0;
  // "Not given" only when some row left it blank.
  const keys = urgencyKeys.filter((key) => key !== "" || v.waves.some((w) => count("", w) > 0));
  const categories = keys.map((key) => text.urgencies[key] ?? key);
  const spec = byWaveSpec({
    description: `${text.demandByUrgency}: ${v.chain.name}`,
    categories,
    waves: v.waves,
    value: (i, wave) => count(keys[i] ?? "", wave),
    categoryTitle: text.urgency,
    valueTitle: text.headcount,
    waveTitle: text.wave,
  });
  const figure = await chartFigure(
    spec,
    { id: "demand-urgency", caption: text.demandByUrgency, source: sourceNote(o, v.waves, false) },
    o,
  );
  const table = dataTable({
    headers: [text.urgency, ...v.waves],
    rows: keys.map((key, i) => ({
      heads: [categories[i] ?? key],
      cells: v.waves.map((wave) => count(key, wave)),
    })),
    lang: o.lang,
  });
  return section(text.demandByUrgency, html`<div class="pair">${figure}${table}</div>`);
}

/** "城关镇", or "南乐县（未写乡镇）" when the row names no town; a county elsewhere by name. */
export function placeLabel(row: DemandPlaceRow, o: PageOptions): string {
  const county = o.places.region(row.region_code, o.text);
  if (row.region_code === "unknown") return county;
  const town = townOf(row.region_raw);
  return town ? `${county} · ${town}` : o.text.countyWide(county);
}

export async function demandByTown(v: ChainView, o: PageOptions) {
  const { text } = o;
  const wave = v.latest;
  const rows = wave ? v.demand.places.filter((row) => row.wave === wave) : [];
  if (!wave || rows.length === 0) return section(text.demandByTown, noData(o));
  const places = sumBy(
    rows,
    (row) => placeLabel(row, o),
    (row) => row.headcount,
  );
  const spec = rankedSpec({
    description: `${text.demandByTown}: ${v.chain.name} ${wave}`,
    rows: places.map(([name, n]) => ({ name, cell: n })),
    series: text.headcount,
    color: colors.demand,
    categoryTitle: text.town,
    valueTitle: text.headcount,
  });
  const figure = await chartFigure(
    spec,
    {
      id: "demand-town",
      caption: `${text.demandByTown} · ${wave}`,
      source: sourceNote(o, [wave], false),
    },
    o,
  );
  return section(`${text.demandByTown} · ${wave}`, figure);
}

export async function employers(v: ChainView, o: PageOptions) {
  const { text } = o;
  const wave = v.latest;
  const rows = wave ? v.demand.employers.filter((row) => row.wave === wave) : [];
  if (!wave || rows.length === 0) return section(text.topEmployers, noData(o));
  // DuckDB summed the rows per enterprise (one row each here): sumBy only ranks them.
  const list = sumBy(
    rows,
    (row) => row.employer,
    (row) => row.headcount,
  ).slice(0, topEmployers);
  const positions = new Map(rows.map((row) => [row.employer, row.positions]));
  const spec = rankedSpec({
    description: `${text.topEmployers}: ${v.chain.name} ${wave}`,
    rows: list.map(([name, n]) => ({ name, cell: n })),
    series: text.headcount,
    color: colors.demand,
    categoryTitle: text.employer,
    valueTitle: text.headcount,
  });
  const figure = await chartFigure(
    spec,
    {
      id: "employers",
      caption: `${text.topEmployers} · ${wave}`,
      source: sourceNote(o, [wave], false),
    },
    o,
  );
  const table = dataTable({
    headers: [text.employer, text.positions, text.headcount],
    rows: list.map(([name, n]) => ({ heads: [name], cells: [positions.get(name) ?? 0, n] })),
    lang: o.lang,
  });
  return section(`${text.topEmployers} · ${wave}`, html`<div class="pair">${figure}${table}</div>`);
}
