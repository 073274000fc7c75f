import { html, type SafeHtml } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { noData, section } from "../../html/section.ts";
import { bandBadge } from "../../html/shortage-badge.ts";
import { dataTable } from "../../html/table.ts";
import type { PositionGroup } from "../../view/positions.ts";
import type { WavesView } from "./view.ts";

/** "+3", "−2", "0"; blank when there is nothing to compare with. */
export function signed(delta: number | null): string {
  if (delta === null) return "—";
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : "0";
}

/** Wave over wave: demand by position with last wave's rank, and how shortages moved. */
export function waveOverWave(v: WavesView, o: PageOptions): SafeHtml {
  const { text } = o;
  const c = v.comparison;
  if (!c || !v.latest || !v.previous) {
    return section(text.change, html`<p class="note">${text.onlyOneWave}</p>`, "waves");
  }
  const title = text.wavesCompared(v.latest, v.previous);
  if (c.positions.length === 0 && c.notReported.length === 0) return section(title, noData(o));
  const ranked = dataTable({
    headers: [
      text.rank,
      text.position,
      `${text.headcount} · ${v.latest}`,
      `${text.headcount} · ${v.previous}`,
      text.change,
      text.previousRank,
    ],
    rows: c.positions.map((p) => ({
      heads: [String(p.rank), p.position],
      cells: [
        p.headcount,
        p.previousHeadcount ?? "—",
        p.previousHeadcount === null
          ? text.newlyReported
          : signed(p.headcount - p.previousHeadcount),
        p.previousRank ?? text.newlyReported,
      ],
    })),
    lang: o.lang,
  });
  const list = (heading: string, groups: readonly PositionGroup[]) =>
    html`<div><h3>${heading}</h3>${
      groups.length === 0
        ? html`<p class="note">${text.none}</p>`
        : dataTable({
            headers: [text.position, text.headcount, text.shortageLevel],
            rows: groups.map((g) => ({
              heads: [g.position],
              cells: [g.headcount, bandBadge(g.shortage, text)],
            })),
            lang: o.lang,
          })
    }</div>`;
  return section(
    title,
    [
      ranked,
      html`<div class="triple">${list(`${text.newShortages} · ${v.latest}`, c.newShortages)}${list(
        `${text.easedShortages} · ${v.latest}`,
        c.eased.map((e) => e.now),
      )}${list(`${text.notReported} · ${v.previous}`, c.notReported)}</div>`,
    ],
    "waves",
  );
}
