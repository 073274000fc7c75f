import { formatCell } from "./format.ts";
import { html, type SafeHtml } from "./html.ts";
import type { PageOptions } from "./page-options.ts";

/**
 * The note under a chart: the survey waves it shows (enterprises, files, rows set aside) and,
 * when it shows people, the rosters (files, snapshot date, rows set aside).
 */
export function sourceNote(o: PageOptions, waves: readonly string[], rosters: boolean): SafeHtml {
  const { text, sources, lang } = o;
  const n = (value: number) => formatCell(value, lang);
  const parts: string[] = [];
  for (const wave of waves) {
    const s = sources.waves.get(wave);
    let part = text.sourceWave({
      wave,
      enterprises: n(s?.enterprises ?? 0),
      files: n(s?.files ?? 0),
      setAside: n(s?.rows_rejected ?? 0),
    });
    if (s && s.files_rejected > 0) part += text.filesSetAside(n(s.files_rejected));
    parts.push(part);
  }
  if (rosters) {
    parts.push(
      text.sourceRoster({
        files: n(sources.rosterFiles),
        date: sources.rosterDate ?? "—",
        setAside: n(sources.rosterRowsRejected),
      }),
    );
  }
  return html`<p class="source">${text.sourceNote(parts)}</p>`;
}
