import * as XLSX from "xlsx";
import { type ExportValue, safeCell } from "./cells.ts";

export type Sheet = { name: string; rows: readonly (readonly ExportValue[])[] };

/**
 * An .xlsx workbook of plain tables: text neutralised against formulas (as in the CSVs,
 * so a sheet saved again as CSV stays harmless), numbers as numbers, and columns wide
 * enough for their Chinese text.
 */
export function workbookBytes(sheets: readonly Sheet[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const rows = sheet.rows.map((row) => row.map((value) => safeCell(value) ?? undefined));
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws["!cols"] = columnWidths(rows);
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  const bytes: unknown = XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true });
  if (!(bytes instanceof Uint8Array)) throw new Error("SheetJS did not return a buffer");
  return bytes;
}

/** Width in characters, counting a CJK character as two. */
function columnWidths(rows: readonly (readonly (string | number | undefined)[])[]): XLSX.ColInfo[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, i) => {
      const text = value === undefined ? "" : String(value);
      let width = 0;
      for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
      widths[i] = Math.max(widths[i] ?? 6, Math.min(width + 2, 60));
    });
  }
  return widths.map((wch) => ({ wch }));
}
