/**
 * Bounds on what one input file may hold, shared by the CSV and workbook readers so a file
 * is judged the same whichever way it was saved. Past a bound a row, or the whole file, is
 * set aside with a reason: a crafted or broken file must not stop the run, fill memory, or
 * carry a megabyte of text into a page.
 *
 * Readers append their own bounds here; none is changed without telling the others.
 */

/** Characters in one cell: Excel's own limit, so any cell Excel can hold passes. */
export const maxCellCharacters = 32_767;

/** Columns of a sheet or CSV: Excel's own limit (XFD). */
export const maxColumns = 16_384;

/**
 * Bytes of one CSV record (one row, quoted line breaks included). A row of a survey or a
 * roster is a few hundred bytes; a record this long is a quote left open, a file cut without
 * line breaks, or a crafted line. Under DuckDB's own max_line_size (2 MB), so the CSV pass
 * sets such a row aside before DuckDB could fail on it.
 */
export const maxRecordBytes = 1024 * 1024;

/**
 * Bounds of one workbook (xlsx), beyond the per-cell ones above. Each is far above what
 * Excel or a survey export writes, and low enough that a crafted file is set aside in
 * seconds with the run under 1.5 GB. Tests pass smaller ones to `readXlsx`.
 */
export interface WorkbookLimits {
  /**
   * Inflated bytes a workbook may yield, counting every read of every part (a part listed
   * twice is counted twice): `inflateRatio` times the file's size, at least
   * `inflateFreeBytes`, at most `maxWorkbookInflatedBytes`. The same rule is applied to
   * the sizes the zip declares, before anything is inflated.
   */
  readonly inflateRatio: number;
  /** Below this, any ratio is fine (a small workbook of empty cells deflates very well). */
  readonly inflateFreeBytes: number;
  readonly maxWorkbookInflatedBytes: number;
  /** Sheets the workbook lists (Excel's "sheets in a new workbook" tops out at 255). */
  readonly maxSheetsPerWorkbook: number;
  /** Nesting of elements in any XML part; Excel's parts nest under 12 deep. */
  readonly maxXmlDepth: number;
  /**
   * Characters of XML the parser may take in without reporting an element or a text: what
   * it holds meanwhile (a tag of millions of attributes, a comment, a text node) is not
   * seen by any other bound. Far above a cell of 32,767 characters, even escaped.
   */
  readonly maxXmlTokenCharacters: number;
  /**
   * Memory the shared strings may take, reckoned as 2 bytes a character and 32 a string:
   * they stay in memory while the sheets are read (a million-row roster of distinct names,
   * ID numbers and phones needs some 250 MB).
   */
  readonly maxSharedStringBytes: number;
  readonly maxCellCharacters: number;
  readonly maxColumns: number;
}

export const workbookLimits: WorkbookLimits = {
  inflateRatio: 100,
  inflateFreeBytes: 64 * 1024 * 1024,
  maxWorkbookInflatedBytes: 4 * 1024 * 1024 * 1024,
  maxSheetsPerWorkbook: 255,
  maxXmlDepth: 64,
  maxXmlTokenCharacters: 32_000_000,
  maxSharedStringBytes: 512 * 1024 * 1024,
  maxCellCharacters,
  maxColumns,
};

/**
 * Damaged records (a lone CR, or over maxRecordBytes) a CSV may hold before it is set aside
 * whole: past this the file's line breaks are broken throughout (a CR-only file), and a row
 * reject each would only bury the one thing to do, which is to save it again.
 */
export const maxDamagedRecords = 10_000;
