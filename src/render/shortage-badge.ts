import type { ReportText } from "../messages/report.ts";
import type { Shortage } from "../output/shortage.ts";
import { html, type SafeHtml } from "./html.ts";

/** "紧缺", or "非常紧缺–紧缺" when a hidden count allows either. */
export function bandText(s: Shortage, text: ReportText): string {
  const [worst, best] = s.bands;
  return worst === best ? text.bands[worst] : `${text.bands[worst]}–${text.bands[best]}`;
}

/** The band as a coloured label (its class names the worst band the figure allows). */
export function bandBadge(s: Shortage, text: ReportText): SafeHtml {
  return html`<span class="band band-${s.bands[0]}">${bandText(s, text)}</span>`;
}
