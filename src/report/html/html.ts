/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is
 * already SafeHtml, so a chain or enterprise named `<script>…` shows as text.
 */
export class SafeHtml {
  readonly #html: string;
  constructor(html: string) {
    this.#html = html;
  }
  toString(): string {
    return this.#html;
  }
}

export type Interpolation =
  | SafeHtml
  | string
  | number
  | null
  | undefined
  | false
  | readonly Interpolation[];

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  // Most text has nothing to escape; testing first spares a copy of each of quality.html's cells.
  return special.test(value) ? value.replace(/[&<>"']/g, (char) => entities[char] ?? char) : value;
}

const special = /[&<>"']/;

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/** Marks markup we made ourselves (the stylesheet, SVG rendered by vega) as safe to embed. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
