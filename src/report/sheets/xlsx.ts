import ExcelJS from "exceljs";
import { displayWidth } from "../../text/width.ts";
import { type ExportValue, safeCell } from "./cells.ts";

/** A sheet: a header row then data rows; `title` adds a merged title row above the header. */
export type Sheet = {
  name: string;
  rows: readonly (readonly ExportValue[])[];
  title?: string;
};

const headerFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDCE6F1" },
};
const thin: ExcelJS.Border = { style: "thin", color: { argb: "FFB7C3D0" } };

/**
 * An .xlsx workbook planners can print and paste from: a bold, shaded header row frozen in
 * place with a filter, columns wide enough for their Chinese text, numbers as numbers, and
 * text neutralised against formulas (as in the CSVs, so a sheet saved again as CSV stays
 * harmless). SheetJS's community edition writes no styles or frozen panes; ExcelJS does.
 */
export async function workbookBytes(sheets: readonly Sheet[], created: Date): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "talentmap";
  book.created = created;
  book.modified = created;
  for (const sheet of sheets) addSheet(book, sheet);
  const bytes = await book.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}

function addSheet(book: ExcelJS.Workbook, sheet: Sheet): void {
  const top = sheet.title ? 1 : 0;
  const ws = book.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: top + 1, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const rows = sheet.rows.map((row) => row.map((value) => safeCell(value) ?? null));
  const columns = Math.max(1, ...rows.map((row) => row.length));
  if (sheet.title) {
    ws.addRow([safeCell(sheet.title)]);
    ws.mergeCells(1, 1, 1, columns);
    const cell = ws.getCell(1, 1);
    cell.font = { bold: true, size: 14 };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    ws.getRow(1).height = 24;
  }
  for (const row of rows) ws.addRow(row);
  const header = ws.getRow(top + 1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (let c = 1; c <= columns; c++) {
    const cell = header.getCell(c);
    cell.fill = headerFill;
    cell.border = { top: thin, bottom: thin, left: thin, right: thin };
  }
  if (rows.length > 1) {
    ws.autoFilter = { from: { row: top + 1, column: 1 }, to: { row: top + 1, column: columns } };
  }
  ws.pageSetup.printTitlesRow = `${top + 1}:${top + 1}`;
  widths(rows).forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

/** Width in characters, counting a CJK character as two. */
export function widths(rows: readonly (readonly (string | number | null)[])[]): number[] {
  const out: number[] = [];
  for (const row of rows) {
    row.forEach((value, i) => {
      const text = value === null ? "" : String(value);
      out[i] = Math.max(out[i] ?? 6, Math.min(displayWidth(text) + 2, 60));
    });
  }
  return out;
}
