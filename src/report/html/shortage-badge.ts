import type { ReportText } from "../../messages/report.ts";
import { bandText, type Shortage } from "../view/shortage.ts";
import { html, type SafeHtml } from "./html.ts";

/** The band as a coloured label (its class names the worst band the figure allows). */
export function bandBadge(s: Shortage, text: ReportText): SafeHtml {
  return html`<span class="band band-${s.bands[0]}">${bandText(s, text)}</span>`;
}
