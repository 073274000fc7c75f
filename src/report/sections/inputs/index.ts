import { formatCell } from "../../html/format.ts";
import { html } from "../../html/html.ts";
import type { Summary } from "../../summary/schema.ts";
import type { RunSection } from "../section.ts";

/** Every input file: its kind, wave, rows read, loaded and set aside, or why it was not read. */
export const inputs: RunSection<Summary["inputs"]> = {
  id: "inputs",
  view: (_, model) => model.summary.inputs,
  html: (files, o) => {
    const { text, lang } = o;
    const show = (cell: number | string) => html`<td class="num">${formatCell(cell, lang)}</td>`;
    const table = html`<div class="scroll"><table>
<thead><tr><th scope="col">${text.file}</th><th scope="col">${text.kind}</th><th scope="col">${text.wave}</th><th scope="col" class="num">${text.rowsRead}</th><th scope="col" class="num">${text.rowsLoaded}</th><th scope="col" class="num">${text.rowsRejected}</th><th scope="col">${text.fileError}</th></tr></thead>
<tbody>
${files.map(
  (input) =>
    html`<tr><th scope="row">${input.file}</th><td>${text.kinds[input.kind] ?? input.kind}</td><td>${input.wave ?? "—"}</td>${show(input.rowsRead)}${show(input.rowsLoaded)}${show(input.rowsRejected)}<td>${input.error ?? ""}</td></tr>
`,
)}</tbody>
</table></div>`;
    return html`<section><h2>${text.inputs}</h2>${table}</section>`;
  },
};
