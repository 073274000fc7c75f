import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * One sheet of an input file (a CSV is one sheet with no name). The pipeline looks at the
 * first rows to find the header, then asks the sheet to load everything under it into a
 * warehouse table with columns `row_number` (as Excel shows it) and `c0`…`cN` (text).
 */
export interface SheetSource {
  readonly sheet: string | null;
  readonly preview: readonly (readonly string[])[];
  /** Row number Excel shows for preview[0]. */
  readonly firstRowNumber: number;
  load(
    db: DuckDBConnection,
    table: string,
    headerIndex: number,
    columnCount: number,
  ): Promise<void>;
}

export interface FileSource {
  readonly format: "csv" | "xlsx";
  readonly encoding: string | null;
  readonly sheets: readonly SheetSource[];
}

/** A whole file set aside: the run goes on with the others. */
export class FileRejected extends Error {
  constructor(
    readonly reasonCode: string,
    message: string,
  ) {
    super(message);
    this.name = "FileRejected";
  }
}

export const columnName = (index: number) => `c${index}`;
