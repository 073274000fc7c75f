import type { DuckDBConnection } from "@duckdb/node-api";
import { formatOf } from "../readers/formats.ts";
import { openInput } from "../readers/open.ts";
import { columnName, FileRejected, type SheetSource } from "../readers/types.ts";
import { queryRows } from "../warehouse/sql.ts";
import { type InputKind, inputKinds, sheetHeader } from "./kinds.ts";
import { dataRowsSql } from "./staging.ts";

/** One sheet as the pipeline sees it. */
export interface InspectedSheet {
  readonly sheet: string | null;
  /** Row number Excel shows for the (first) header row; null when no header was found. */
  readonly headerRow: number | null;
  /** 1, or 2 for a two-row header (merged group labels over the column names). */
  readonly headerRows: number;
}

export interface InspectedColumn {
  /** The column as Excel names it: A, B, … */
  readonly column: string;
  readonly header: string;
  readonly field: string | null;
}

export interface Inspection {
  readonly format: "csv" | "xlsx";
  readonly encoding: string | null;
  readonly kind: InputKind;
  /** Every sheet, data sheets and skipped ones (headerRow null). */
  readonly sheets: readonly InspectedSheet[];
  /** The sheet shown: the one asked for, else the first with a header; null if none has one. */
  readonly sheet: InspectedSheet | null;
  readonly columns: readonly InspectedColumn[];
  /** Every data row of that sheet, keyed by header, the text exactly as in the file. */
  readonly records: readonly Record<string, string>[];
  /** Excel's row number of each record. */
  readonly rowNumbers: readonly number[];
  /** The first rows of the first non-empty sheet, when no sheet has a header. */
  readonly preview: readonly (readonly string[])[];
}

export function columnLetters(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The kind whose headers the sheet names best, when the file's place does not say. */
function guessKind(sheet: SheetSource): InputKind | null {
  let best: InputKind | null = null;
  let bestMapped = -1;
  for (const { kind } of inputKinds) {
    const mapped = sheetHeader(sheet, kind)?.columns.filter((c) => c.field !== null).length ?? -1;
    if (mapped > bestMapped) [best, bestMapped] = [kind, mapped];
  }
  return best;
}

/** Record keys: the header as written, "(C)" for a column without one, "名称 (2)" for a repeat. */
function recordKeys(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header, index) => {
    const base = header === "" ? `(${columnLetters(index)})` : header;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/**
 * Reads one file exactly as ingest does (same readers, header detection and data-row rules)
 * into the given warehouse, and reports what it saw. Throws FileRejected when the file
 * cannot be read at all.
 */
export async function inspectFile(
  db: DuckDBConnection,
  path: string,
  options: { kind: InputKind | null; sheet?: string },
): Promise<Inspection> {
  const source = await openInput(path, formatOf(path) ?? "csv");
  let kind = options.kind;
  const sheets: InspectedSheet[] = [];
  let shown: InspectedSheet | null = null;
  let columns: InspectedColumn[] = [];
  let records: Record<string, string>[] = [];
  let rowNumbers: number[] = [];
  let preview: string[][] = [];
  try {
    for await (const sheet of source.sheets(db)) {
      kind ??= guessKind(sheet);
      const header = kind === null ? null : sheetHeader(sheet, kind);
      const entry: InspectedSheet = {
        sheet: sheet.sheet,
        headerRow: header === null ? null : sheet.firstRowNumber + header.rowIndex,
        headerRows: header?.rowCount ?? 1,
      };
      sheets.push(entry);
      if (preview.length === 0 && sheet.preview.length > 0)
        preview = sheet.preview.map((row) => [...row]);
      const wanted = options.sheet === undefined ? shown === null : sheet.sheet === options.sheet;
      if (header === null || !wanted) continue;
      const width = Math.max(header.columns.length, ...sheet.preview.map((row) => row.length));
      const headers = Array.from({ length: width }, (_, i) => header.columns[i]?.header ?? "");
      await sheet.load(db, "inspect_rows", header.rowIndex + header.rowCount, width);
      const rows = await queryRows(db, dataRowsSql("inspect_rows", width));
      await db.run("drop table inspect_rows");
      const keys = recordKeys(headers);
      shown = entry;
      columns = headers.map((text, i) => ({
        column: columnLetters(i),
        header: text,
        field: header.columns[i]?.field ?? null,
      }));
      records = rows.map((row) =>
        Object.fromEntries(
          keys.map((key, i) => [key, (row[columnName(i)] as string | null) ?? ""]),
        ),
      );
      rowNumbers = rows.map((row) => row.row_number as number);
    }
  } finally {
    await source.close(db);
  }
  if (options.sheet !== undefined && !sheets.some((s) => s.sheet === options.sheet))
    throw new FileRejected("no_header", `no sheet named ${options.sheet}`);
  return {
    format: source.format,
    encoding: source.encoding,
    kind: kind ?? "demand",
    sheets,
    sheet: shown,
    columns,
    records,
    rowNumbers,
    preview: shown === null ? preview : [],
  };
}
