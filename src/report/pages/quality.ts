import { rejectReasons } from "../../messages/rejects.ts";
import type { ReportText } from "../../messages/report.ts";
import { formatCell } from "../html/format.ts";
import { html } from "../html/html.ts";
import { notes, page, pageNav } from "../html/layout.ts";
import type { PageOptions } from "../html/page-options.ts";
import { dataTable } from "../html/table.ts";
import type { Quality } from "../queries/details.ts";
import type { Summary } from "../summary/schema.ts";
import { sumBy } from "../view/breakdown.ts";
import { peopleCell } from "../view/suppress.ts";

/** A reason code in words, its placeholders left as "…" (the values are in rejects.csv). */
export function reasonLabel(code: string, text: ReportText): string {
  const entry = (rejectReasons as Record<string, { zh: string; en: string } | undefined>)[code];
  if (!entry) return code;
  const words = text.htmlLang === "en" ? entry.en : entry.zh;
  return words.replaceAll(/“?\{value\}”?|"?\{value\}"?/g, "…").replaceAll("{column}", "…");
}

/**
 * A roster's place as written may be where someone lives (现居住地): on a page it is hidden,
 * as personal values are in rejects.csv; `talentmap unresolved` lists it for the analyst.
 */
export function shownRaw(kind: string, side: string, raw: string, text: ReportText): string {
  if (raw === "") return "—";
  return side === "roster" && kind === "location" ? text.hiddenValue : raw;
}

/**
 * A province's survey can leave tens of thousands of rows in no chain: listed whole, the page
 * grew to 10 MB. It shows the first rows; unassigned.csv has all of them.
 */
export const unassignedOnPage = 500;

/**
 * quality.html: rows set aside by reason and by file, values not understood, demand rows in
 * no chain (enterprises' rows, no personal data), and the way to rejects.csv. Counts of rows
 * are not counts of people: shown exactly.
 */
export function renderQuality(summary: Summary, quality: Quality, o: PageOptions): string {
  const { text, lang } = o;
  const byReason = sumBy(
    quality.rejects,
    (r) => r.reason_code,
    (r) => r.n,
  );
  const byFile = sumBy(
    quality.rejects,
    (r) => r.file,
    (r) => r.n,
  );
  const reasons = dataTable({
    headers: [text.reason, text.rows],
    rows: byReason.map(([code, n]) => ({ heads: [reasonLabel(code, text)], cells: [n] })),
    lang,
  });
  const files = dataTable({
    headers: [text.file, text.rows],
    rows: byFile.map(([file, n]) => ({ heads: [file], cells: [n] })),
    lang,
  });
  const unresolved =
    quality.unresolved.length === 0
      ? html`<p class="note">${text.none}</p>`
      : dataTable({
          headers: [text.kind, text.value, text.status, text.file, text.rows],
          rows: quality.unresolved.map((u) => ({
            heads: [
              `${text.unresolvedKinds[u.kind] ?? u.kind} · ${text.sides[u.side] ?? u.side}`,
              shownRaw(u.kind, u.side, u.raw, text),
              text.statuses[u.status] ?? u.status,
              u.files.split(";").join(", "),
            ],
            cells: [u.rows],
          })),
          lang,
        });
  const unassigned =
    quality.unassigned.length === 0
      ? html`<p class="note">${text.none}</p>`
      : dataTable({
          headers: [
            text.file,
            text.row,
            text.employer,
            text.position,
            text.sector,
            text.chainAsWritten,
            text.status,
            text.headcount,
          ],
          rows: quality.unassigned.slice(0, unassignedOnPage).map((u) => ({
            heads: [
              u.sheet ? `${u.file} · ${u.sheet}` : u.file,
              String(u.row_number),
              u.employer,
              u.position,
              u.sector,
              u.chain_raw,
              text.statuses[u.status] ?? u.status,
            ],
            cells: [u.headcount],
          })),
          lang,
        });
  const total = quality.unassigned.length;
  const unassignedCut =
    total > unassignedOnPage
      ? html`<p class="note">${text.unassignedShown(formatCell(unassignedOnPage, lang), formatCell(total, lang))}</p>`
      : "";
  const body = html`<header>
${pageNav(o)}
<h1>${text.quality}</h1>
<p class="meta">${text.generatedAt}: ${o.generatedAt} · ${text.waves}: ${summary.waves.join(", ") || "—"}</p>
<p class="lead">${text.qualityIntro}</p>
<p class="downloads"><a href="rejects.csv">${text.rejectsLink}</a></p>
</header>
<main>
<section id="rejects"><h2>${text.rejectsByReason}</h2><div class="pair">${reasons}${files}</div>
<p class="downloads"><a href="rejects.csv">${text.rejectsLink}</a></p></section>
<section id="unresolved"><h2>${text.unresolvedValues}</h2><p class="note">${text.unresolvedIntro}</p>${unresolved}</section>
<section id="unassigned"><h2>${text.unassignedRows}</h2><p class="note">${text.unassignedIntro}</p>${unassigned}${unassignedCut}
<p class="downloads"><a href="unassigned.csv">${text.unassignedLink}</a></p>
<p class="note">${text.unassigned}: ${text.unassignedPeople} ${String(peopleCell(summary.unassigned.people, o.minCellSize))}</p></section>
</main>
${notes(o)}`;
  return page(text, `${text.quality} · ${text.siteTitle}`, body);
}
