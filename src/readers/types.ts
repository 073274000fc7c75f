import type { DuckDBConnection } from "@duckdb/node-api";
import type { RejectReason } from "../messages/rejects.ts";

/** A merged range of cells, zero-based and relative to the sheet's preview (row 0 = preview[0]). */
export interface MergeRange {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

/**
 * One sheet of an input file (a CSV is one sheet with no name). The pipeline looks at the
 * first rows to find the header, then asks the sheet to load everything under it into a
 * warehouse table with columns `row_number` (as Excel shows it) and `c0`…`cN` (text).
 */
export interface SheetSource {
  readonly sheet: string | null;
  /** The sheet's first rows as text; preview[i] is the row Excel numbers firstRowNumber + i. */
  readonly preview: readonly (readonly string[])[];
  /** Row number Excel shows for preview[0]. */
  readonly firstRowNumber: number;
  /** Merged cells that touch the preview (header detection reads two-row headers by them). */
  readonly merges: readonly MergeRange[];
  /**
   * Loads every row from preview index `firstDataIndex` on (the first row under the header)
   * into `table`: `row_number` and `c0`…`c{columnCount-1}`, text, NULL for an empty cell.
   */
  load(
    db: DuckDBConnection,
    table: string,
    firstDataIndex: number,
    columnCount: number,
  ): Promise<void>;
  /**
   * The same rows without copying them into a table first, for the pipeline to read once:
   * a CSV is read by read_csv in the very statement that stages it. `scratch` names a table
   * the source may make when it cannot do without one.
   */
  rows(
    db: DuckDBConnection,
    scratch: string,
    firstDataIndex: number,
    columnCount: number,
  ): Promise<SheetRows>;
}

/** A sheet's data rows as a relation to select from once; see SheetSource.rows. */
export interface SheetRows {
  /** SQL to put after FROM: columns `c0`…`cN` (text), and `row_number` unless `inFileOrderFrom`. */
  readonly from: string;
  /**
   * When set, `from` has no row_number column: its rows come in sheet order, the first being
   * the row Excel numbers so, and no row of the sheet is skipped.
   */
  readonly inFileOrderFrom: number | null;
  /** Drops what `from` needed (a scratch table or file); call once the rows are read. */
  done(): Promise<void>;
  /**
   * Rows of the sheet that `from` leaves out because they could not be read safely (a CSV
   * row with a lone CR or over the size bound): each is counted as read and rejected.
   */
  readonly setAside?: readonly RowSetAside[];
}

/** A row a reader could not give: its number as Excel shows it, and why. */
export interface RowSetAside {
  readonly row: number;
  readonly reason: RejectReason;
}

export interface FileSource {
  readonly format: "csv" | "xlsx";
  /** The text encoding of a CSV (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030); null for xlsx. */
  readonly encoding: string | null;
  /**
   * The sheets in workbook order. A workbook's sheet is streamed into a scratch table of the
   * warehouse when it is reached, so a sheet is only valid until the next one is asked for.
   * Throws FileRejected when the file turns out to be unreadable part way.
   */
  sheets(db: DuckDBConnection): AsyncIterable<SheetSource>;
  /** Removes scratch files and tables; safe to call twice. */
  close(db: DuckDBConnection): Promise<void>;
}

/** A whole file set aside: the run goes on with the others. */
export class FileRejected extends Error {
  constructor(
    readonly reasonCode: RejectReason,
    message: string,
  ) {
    super(message || reasonCode);
    this.name = "FileRejected";
  }
}

export const columnName = (index: number) => `c${index}`;
