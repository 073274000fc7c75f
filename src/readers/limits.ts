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
