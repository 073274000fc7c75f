import { type ExportValue, safeCell } from "./cells.ts";

const bom = "\uFEFF";

/**
 * CSV as Excel on a Chinese Windows reads it: UTF-8 with a BOM (without one Excel guesses
 * GBK and garbles every character), CRLF line ends, RFC 4180 quoting, formulas neutralised.
 */
export function toCsv(rows: readonly (readonly ExportValue[])[]): string {
  return bom + rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

function csvField(value: ExportValue): string {
  const safe = safeCell(value);
  if (safe === null) return "";
  const text = String(safe);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
