import { readFileSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import * as XLSX from "xlsx";
import { quoteIdent } from "../warehouse/sql.ts";
import { columnName, FileRejected, type FileSource, type SheetSource } from "./types.ts";

/** A cell as the analyst reads it: numbers without float noise, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return calendarDate(value);
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  return String(value);
}

/**
 * SheetJS (cellDates) gives a date cell as the machine's local wall-clock time, so the date is
 * the local one: toISOString gave the day before on every machine east of Greenwich (all of
 * China). SheetJS can also be up to a minute early, as it truncates the zone's 1899 mean-time
 * offset to whole minutes (Asia/Shanghai's +8:05:43 puts each date at 23:59:17 the day
 * before), hence the rounding up to the minute first.
 */
function calendarDate(value: Date): string {
  const date = new Date(Math.ceil(value.getTime() / 60_000) * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function readXlsx(path: string): FileSource {
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new FileRejected("empty_file", "");
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: "buffer",
      cellDates: true,
      dense: true,
      cellFormula: false,
      cellHTML: false,
    });
  } catch (error) {
    throw new FileRejected("corrupt_workbook", (error as Error).message);
  }
  const sheets: SheetSource[] = workbook.SheetNames.map((name) => {
    const worksheet = workbook.Sheets[name];
    const ref = worksheet?.["!ref"];
    if (!worksheet || !ref) return gridSheet(name, [], 1);
    const range = XLSX.utils.decode_range(ref);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(worksheet, {
      header: 1,
      raw: true,
      defval: "",
      blankrows: true,
    });
    return gridSheet(
      name,
      rows.map((row) => row.map(cellText)),
      range.s.r + 1,
    );
  });
  return { format: "xlsx", encoding: null, sheets };
}

function gridSheet(sheet: string, rows: string[][], firstRowNumber: number): SheetSource {
  return {
    sheet,
    preview: rows.slice(0, 30),
    firstRowNumber,
    load: (db, table, headerIndex, columnCount) =>
      appendGrid(
        db,
        table,
        rows.slice(headerIndex + 1),
        firstRowNumber + headerIndex + 1,
        columnCount,
      ),
  };
}

/** Bulk load through the appender: one round trip per chunk, never an INSERT per row. */
async function appendGrid(
  db: DuckDBConnection,
  table: string,
  rows: readonly (readonly string[])[],
  firstRowNumber: number,
  columnCount: number,
): Promise<void> {
  const columns = Array.from({ length: columnCount }, (_, i) => `${columnName(i)} varchar`);
  await db.run(
    `create or replace temp table ${quoteIdent(table)} (row_number integer, ${columns.join(", ")})`,
  );
  const appender = await db.createAppender(table, "main", "temp");
  try {
    rows.forEach((row, offset) => {
      appender.appendInteger(firstRowNumber + offset);
      for (let i = 0; i < columnCount; i++) {
        const text = row[i] ?? "";
        if (text === "") appender.appendNull();
        else appender.appendVarchar(text);
      }
      appender.endRow();
    });
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
