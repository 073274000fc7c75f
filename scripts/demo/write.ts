import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import Papa from "papaparse";
import XLSX from "xlsx";
import { twoByteEncoder } from "./encode.ts";

/** A date stored as an Excel serial in an `.xlsx` cell, shown as yyyy-mm-dd. */
export interface ExcelDate {
  date: string;
}

export type Cell = string | number | ExcelDate | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Merged ranges, e.g. a title row across the columns. */
  merges?: { firstRow: number; firstCol: number; lastRow: number; lastCol: number }[];
  /** Column widths in characters. */
  widths?: number[];
}

/** Fixed workbook properties, so the same data gives the same bytes. */
const WORKBOOK_PROPS = {
  Author: "南乐县人才工作领导小组办公室",
  LastAuthor: "南乐县人才工作领导小组办公室",
  CreatedDate: new Date(Date.UTC(2024, 0, 1, 0, 0, 0)),
};

export function excelSerial(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function writeXlsx(path: string, sheets: SheetSpec[], title: string): void {
  const workbook = XLSX.utils.book_new();
  for (const spec of sheets) {
    const plain = spec.rows.map((row) =>
      row.map((cell) => (isDate(cell) || cell === "" ? null : cell)),
    );
    const sheet = XLSX.utils.aoa_to_sheet(plain);
    spec.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (isDate(cell)) {
          sheet[XLSX.utils.encode_cell({ r, c })] = {
            t: "n",
            v: excelSerial(cell.date),
            z: "yyyy-mm-dd",
          };
        }
      });
    });
    const width = Math.max(1, ...spec.rows.map((row) => row.length));
    sheet["!ref"] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: Math.max(0, spec.rows.length - 1), c: width - 1 },
    });
    if (spec.merges !== undefined) {
      sheet["!merges"] = spec.merges.map((m) => ({
        s: { r: m.firstRow, c: m.firstCol },
        e: { r: m.lastRow, c: m.lastCol },
      }));
    }
    if (spec.widths !== undefined) sheet["!cols"] = spec.widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(workbook, sheet, spec.name);
  }
  workbook.Props = { ...WORKBOOK_PROPS, Title: title };
  const bytes = XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true });
  ensureDir(path);
  writeFileSync(path, bytes as Buffer);
}

/**
 * RFC 4180 CSV (CRLF, quotes where needed) as Excel saves it: "CSV UTF-8" is UTF-8 with a
 * byte-order mark; plain "CSV" on a Chinese Windows is GB18030 (GBK) without one.
 */
export function writeCsv(
  path: string,
  rows: string[][],
  encoding: "utf-8-bom" | "gb18030" = "utf-8-bom",
): void {
  const text = `${Papa.unparse(rows, { newline: "\r\n" })}\r\n`;
  ensureDir(path);
  if (encoding === "gb18030") writeFileSync(path, twoByteEncoder("gb18030")(text));
  else writeFileSync(path, `\uFEFF${text}`, "utf8");
}

export function writeText(path: string, text: string): void {
  ensureDir(path);
  writeFileSync(path, text, "utf8");
}

export function writeJson(path: string, value: unknown): void {
  writeText(path, `${JSON.stringify(value, null, 2)}\n`);
}

function isDate(cell: Cell): cell is ExcelDate {
  return typeof cell === "object" && cell !== null;
}

function ensureDir(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}
