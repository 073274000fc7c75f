import { levelLabel } from "../../../messages/report.ts";
import { formatRatio } from "../../html/format.ts";
import { html, type SafeHtml } from "../../html/html.ts";
import type { PageOptions } from "../../html/page-options.ts";
import { noData, section } from "../../html/section.ts";
import { bandBadge } from "../../html/shortage-badge.ts";
import { dataTable } from "../../html/table.ts";
import type { ChainView } from "../../view/chain-view.ts";
import type { PositionGroup } from "../../view/positions.ts";

/** The formula and its parameters, as printed under every shortage table. */
export function shortageMethod(o: PageOptions): SafeHtml {
  return html`<p class="note method">${o.text.shortageFormula(o.bands)} ${o.text.shortageHidden(o.minCellSize)}</p>`;
}

/** "本科/中级、硕士/不限…": the requirement lines of a group, hardest first. */
export function requirements(group: PositionGroup, o: PageOptions): string {
  const { text } = o;
  const lines = group.lines.map(
    (line) =>
      `${levelLabel(text, "education", line.education, "demand")}/${levelLabel(text, "title", line.title, "demand")}`,
  );
  const distinct = [...new Set(lines)];
  const sep = o.lang === "zh" ? "、" : ", ";
  return distinct.length > 4 ? `${distinct.slice(0, 4).join(sep)}…` : distinct.join(sep);
}

export function shortageByPosition(v: ChainView, o: PageOptions): SafeHtml {
  const { text } = o;
  const wave = v.latest;
  if (!wave || v.groups.length === 0) return section(text.shortageByPosition, noData(o));
  const table = dataTable({
    headers: [
      text.position,
      text.requirements,
      text.headcount,
      text.employersCount,
      text.ratio,
      text.shortageLevel,
    ],
    rows: v.groups.map((group) => ({
      heads: [group.position, requirements(group, o)],
      cells: [
        group.headcount,
        group.employers,
        formatRatio(group.shortage.shown),
        bandBadge(group.shortage, text),
      ],
    })),
    lang: o.lang,
  });
  return section(`${text.shortageByPosition} · ${wave}`, [table, shortageMethod(o)], "shortage");
}
