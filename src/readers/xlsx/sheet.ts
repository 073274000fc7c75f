import type { DuckDBAppender, DuckDBConnection } from "@duckdb/node-api";
import type { WorkbookLimits } from "../../limits.ts";
import { quoteIdent } from "../../warehouse/sql.ts";
import { columnName, FileRejected, type MergeRange } from "../types.ts";
import type { ZipArchive } from "../zip.ts";
import { numberText, parseCellRef, parseRange, serialDate } from "./cells.ts";
import { parseXml } from "./xml.ts";

const previewRows = 30;
/**
 * Columns past this are not read: no survey or roster is that wide. A cell past Excel's own
 * last column (`maxColumns`) sets the workbook aside instead: Excel never writes one.
 */
const readColumns = 1024;

export interface ScannedSheet {
  /** Rows from the first non-empty one, 30 of them, blank ones as []. */
  readonly preview: string[][];
  readonly firstRowNumber: number;
  readonly merges: MergeRange[];
  /** Columns of the scratch table. */
  readonly width: number;
  /** Non-empty rows appended to the scratch table. */
  readonly rows: number;
}

export interface SheetContext {
  readonly zip: ZipArchive;
  readonly part: string;
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly limits: WorkbookLimits;
}

/**
 * Streams one worksheet's XML into the scratch table `table` (row_number, c0…): one pass,
 * with the rows in flight between two chunks as the only rows in memory. Empty rows are not
 * stored (they are never data); the first rows are kept as the preview, and the merged
 * ranges (listed after the cells in the XML) are collected for the header.
 */
export async function scanSheet(
  db: DuckDBConnection,
  table: string,
  sheet: SheetContext,
): Promise<ScannedSheet> {
  const writer = new TableWriter(db, table);
  const preview: string[][] = [];
  const merges: { firstRow: number; lastRow: number; firstCol: number; lastCol: number }[] = [];
  let firstRowNumber = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let col = -1;
  let type = "n";
  let style = 0;
  let value = "";
  let collecting = false;
  let inInline = false;
  let phonetic = 0;
  let rows = 0;
  /** Characters of cell text since the last chunk, spent from the workbook's budget. */
  let produced = 0;
  const pending: { row: number; cells: string[] }[] = [];
  const { maxCellCharacters, maxColumns } = sheet.limits;

  const cellText = (): string => {
    switch (type) {
      case "s":
        return sheet.sharedStrings[Number(value)] ?? "";
      case "str":
      case "inlineStr":
      case "e":
        return value;
      case "b":
        return value === "1" ? "TRUE" : value === "0" ? "FALSE" : value;
      case "d":
        return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
      default:
        if (value === "") return "";
        return sheet.dateStyles[style] === true
          ? serialDate(value, sheet.date1904)
          : numberText(value);
    }
  };

  try {
    await parseXml(
      sheet.zip.chunks(sheet.part),
      {
        open(name, attributes) {
          switch (name) {
            case "dimension": {
              const range = attributes.ref === undefined ? null : parseRange(attributes.ref);
              if (range !== null) writer.hint(Math.min(range.lastCol + 1, readColumns));
              break;
            }
            case "row": {
              const r = Number(attributes.r);
              rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
              cells = [];
              col = -1;
              break;
            }
            case "c": {
              const ref = attributes.r === undefined ? null : parseCellRef(attributes.r);
              col = ref === null ? col + 1 : ref.col;
              if (col >= maxColumns)
                throw new FileRejected(
                  "too_many_columns",
                  `row ${rowNumber} past column ${maxColumns}`,
                );
              type = attributes.t ?? "n";
              style = Number(attributes.s ?? 0);
              value = "";
              break;
            }
            case "v":
              collecting = true;
              break;
            case "is":
              inInline = true;
              break;
            case "rPh":
              phonetic++;
              break;
            case "t":
              collecting = inInline && phonetic === 0;
              break;
            case "mergeCell": {
              // Listed after the cells, so the preview's rows are known: only ranges that
              // touch them are kept (a crafted sheet may list millions).
              const range = attributes.ref === undefined ? null : parseRange(attributes.ref);
              const start = firstRowNumber === 0 ? 1 : firstRowNumber;
              if (
                range !== null &&
                range.lastRow + 1 >= start &&
                range.firstRow + 1 - start < previewRows
              )
                merges.push(range);
              break;
            }
          }
        },
        text(text) {
          if (!collecting) return;
          value += text;
          if (value.length > maxCellCharacters)
            throw new FileRejected(
              "workbook_cell_too_long",
              `row ${rowNumber} over ${maxCellCharacters}`,
            );
        },
        close(name) {
          switch (name) {
            case "v":
            case "t":
              collecting = false;
              break;
            case "is":
              inInline = false;
              break;
            case "rPh":
              phonetic--;
              break;
            case "c": {
              const text = cellText();
              produced += text.length;
              if (text !== "" && col >= 0 && col < readColumns) cells[col] = text;
              break;
            }
            case "row": {
              if (
                cells.length === 0 ||
                cells.every((cell) => cell === undefined || cell.trim() === "")
              )
                break;
              const dense = Array.from(cells, (cell) => cell ?? "");
              if (firstRowNumber === 0) firstRowNumber = rowNumber;
              const index = rowNumber - firstRowNumber;
              if (index >= 0 && index < previewRows) {
                while (preview.length < index) preview.push([]);
                preview[index] = dense;
              }
              pending.push({ row: rowNumber, cells: dense });
              rows++;
              break;
            }
          }
        },
        async drain() {
          sheet.zip.budget.spendText(produced);
          produced = 0;
          if (pending.length === 0) return;
          await writer.append(pending);
          pending.length = 0;
        },
      },
      sheet.part,
      sheet.limits,
    );
  } finally {
    writer.close();
  }
  await writer.ensureTable();
  const start = firstRowNumber === 0 ? 1 : firstRowNumber;
  return {
    preview,
    firstRowNumber: start,
    merges: merges
      .map((m) => ({ ...m, firstRow: m.firstRow + 1 - start, lastRow: m.lastRow + 1 - start }))
      .filter((m) => m.lastRow >= 0 && m.firstRow < previewRows),
    width: writer.width,
    rows,
  };
}

/**
 * Appends rows to a scratch table through DuckDB's appender, one round trip per batch; a row
 * wider than the table widens it first (the appender is reopened after the ALTER).
 */
class TableWriter {
  private appender: DuckDBAppender | null = null;
  private created = false;
  private widthHint = 1;
  width = 0;
  constructor(
    private readonly db: DuckDBConnection,
    private readonly table: string,
  ) {}

  /** The width the sheet's `<dimension>` announces: the table starts that wide. */
  hint(width: number): void {
    if (!this.created) this.widthHint = Math.max(1, width);
  }

  async ensureTable(minWidth = 0): Promise<void> {
    if (this.created) return;
    this.width = Math.max(this.widthHint, minWidth, 1);
    const columns = Array.from({ length: this.width }, (_, i) => `${columnName(i)} varchar`);
    await this.db.run(
      `create or replace temp table ${quoteIdent(this.table)} (row_number integer, ${columns.join(", ")})`,
    );
    this.created = true;
  }

  async append(rows: readonly { row: number; cells: readonly string[] }[]): Promise<void> {
    const widest = rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
    await this.ensureTable(widest);
    if (widest > this.width) await this.widen(widest);
    const appender = this.appender ?? (await this.open());
    const width = this.width;
    for (const { row, cells } of rows) {
      appender.appendInteger(row);
      for (let i = 0; i < width; i++) {
        const text = cells[i];
        if (text === undefined || text === "") appender.appendNull();
        else appender.appendVarchar(text);
      }
      appender.endRow();
    }
  }

  private async open(): Promise<DuckDBAppender> {
    this.appender = await this.db.createAppender(this.table, "main", "temp");
    return this.appender;
  }

  private async widen(width: number): Promise<void> {
    this.close();
    for (let i = this.width; i < width; i++) {
      await this.db.run(
        `alter table ${quoteIdent(this.table)} add column ${columnName(i)} varchar`,
      );
    }
    this.width = width;
  }

  /** Flushes and closes the appender (the table stays). */
  close(): void {
    if (this.appender === null) return;
    const appender = this.appender;
    this.appender = null;
    try {
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }
}
