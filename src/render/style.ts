import { cjkFont } from "../charts/theme.ts";

/** One inline stylesheet: no web font, no external file, and an A4 print layout. */
export const stylesheet = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --gap: #c0392b; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1080px; padding: 24px; font-family: ${cjkFont};
  color: var(--ink); line-height: 1.5; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 20px 0 8px; }
nav a, a { color: #1f5f99; }
.meta, .note { color: var(--muted); font-size: 0.875rem; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; padding: 0; }
.figures div { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 16px; min-width: 140px; }
.figures dt { color: var(--muted); font-size: 0.8125rem; }
.figures dd { margin: 0; font-size: 1.5rem; font-variant-numeric: tabular-nums; }
.figures .gap dd { color: var(--gap); }
figure { margin: 8px 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.8125rem; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.875rem; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
th, td { border: 1px solid var(--rule); padding: 4px 10px; text-align: left; vertical-align: top; }
thead th { background: #f0f4f8; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
footer { margin-top: 40px; border-top: 1px solid var(--rule); padding-top: 8px; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  section, figure, table, .figures { break-inside: avoid; }
  .scroll { overflow: visible; }
}
`;
