import { html, type SafeHtml } from "./html.ts";
import type { PageOptions } from "./page-options.ts";

/** A section of a page: its heading and body, with an anchor where the page links to it. */
export function section(title: string, body: SafeHtml | SafeHtml[], id?: string): SafeHtml {
  return id
    ? html`<section id="${id}"><h2>${title}</h2>${body}</section>`
    : html`<section><h2>${title}</h2>${body}</section>`;
}

export function noData(o: PageOptions): SafeHtml {
  return html`<p class="note">${o.text.noData}</p>`;
}
