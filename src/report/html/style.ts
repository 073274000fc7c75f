import { cjkFont } from "../charts/theme.ts";

/** One inline stylesheet: no web font, no external file, and an A4 print layout. */
export const stylesheet = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --gap: #c0392b; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1120px; padding: 24px; font-family: ${cjkFont};
  color: var(--ink); line-height: 1.5; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
h2.part { font-size: 1.35rem; margin-top: 48px; border-bottom: 3px solid #1f5f99; color: #1f5f99; }
h3 { font-size: 1rem; margin: 20px 0 8px; }
nav { font-size: 0.875rem; }
nav a, a { color: #1f5f99; }
.meta, .note { color: var(--muted); font-size: 0.875rem; }
.lead { font-size: 1rem; max-width: 60em; }
.method { border-left: 3px solid var(--rule); padding-left: 10px; max-width: 60em; }
.source { color: var(--muted); font-size: 0.75rem; margin: 4px 0; max-width: 60em; }
.downloads { font-size: 0.75rem; color: var(--muted); margin: 2px 0; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; padding: 0; }
.figures div { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 16px; min-width: 120px; }
.figures dt { color: var(--muted); font-size: 0.8125rem; }
.figures dd { margin: 0; font-size: 1.5rem; font-variant-numeric: tabular-nums; }
.figures .gap dd { color: var(--gap); }
.figures .band-severe dd, .figures .band-shortage dd { color: var(--gap); }
.pair { display: flex; flex-wrap: wrap; gap: 8px 40px; align-items: flex-start; }
.pair > * { flex: 0 1 auto; min-width: 0; }
figure.chart { max-width: 100%; }
.triple { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; align-items: start; }
@media (max-width: 800px) { .triple { grid-template-columns: 1fr; } }
figure { margin: 8px 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.8125rem; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.875rem; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
th, td { border: 1px solid var(--rule); padding: 4px 10px; text-align: left; vertical-align: top; }
thead th { background: #f0f4f8; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.gap { color: var(--gap); font-weight: 600; }
.band { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 0.8125rem; white-space: nowrap; }
.band-severe { background: #c0392b; color: #fff; }
.band-shortage { background: #f5b7b1; color: #78281f; }
.band-tight { background: #fdebd0; color: #7e5109; }
.band-ample { background: #d5f5e3; color: #145a32; }
.scroll { overflow-x: auto; }
footer { margin-top: 40px; border-top: 1px solid var(--rule); padding-top: 8px; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav, .downloads { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; margin-top: 18px; }
  h2.part { break-before: page; }
  h3 { break-after: avoid; }
  figure, table, .figures, .pair > * { break-inside: avoid; }
  tr { break-inside: avoid; }
  .scroll { overflow: visible; }
  figure svg { max-height: 85mm; width: auto; }
  .band { border: 1px solid #888; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  table { font-size: 8.5pt; }
}
`;
