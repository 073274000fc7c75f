import { open } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import Papa from "papaparse";
import { maxColumns, maxRecordBytes } from "../limits.ts";
import { quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
import { decoderLabel, detectEncoding, type TextEncodingName } from "./encoding.ts";
import { scratchFile } from "./scratch.ts";
import { passText, type TextPass } from "./textPass.ts";
import { columnName, FileRejected, type FileSource, type SheetRows } from "./types.ts";

const previewBytes = 64 * 1024;
const previewRecords = 30;

/**
 * Comma, tab or semicolon: the one that splits the first records (quotes respected, so a
 * comma inside a quoted cell counts for nothing) into the same number of fields, two or
 * more, most often. Title rows and blank lines do not sway it; ties go to comma. A delimiter
 * under which the quotes do not open and close whole cells is the wrong one, whatever it
 * splits: cells full of semicolons inside quotes would otherwise make `;` look likely.
 */
export function detectDelimiter(lines: readonly string[] | string): "," | "\t" | ";" {
  const text = typeof lines === "string" ? lines : lines.join("\n");
  let best: "," | "\t" | ";" = ",";
  let bestScore = 0;
  for (const delimiter of [",", "\t", ";"] as const) {
    const counts = Papa.parse<string[]>(text, { delimiter, preview: previewRecords })
      .data.filter((row) => row.join("") !== "")
      .map((row) => row.length);
    const tally = new Map<number, number>();
    for (const count of counts) if (count >= 2) tally.set(count, (tally.get(count) ?? 0) + 1);
    let score = 0;
    for (const [fields, records] of tally) score = Math.max(score, records * 1000 + fields);
    if (score > 0 && quotesWellFormed(text, delimiter)) score += 1e9;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether, cut at `delimiter`, every quote of the text opens a cell, closes it right before a
 * delimiter or line break, or is doubled inside it (RFC 4180). The text may end inside a cell.
 */
function quotesWellFormed(text: string, delimiter: string): boolean {
  let fieldStart = true;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      inQuotes = false;
      const next = text[i + 1];
      if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") return false;
      fieldStart = false;
    } else if (c === '"') {
      if (!fieldStart) return false;
      inQuotes = true;
    } else {
      fieldStart = c === delimiter || c === "\n" || c === "\r";
    }
  }
  return true;
}

/**
 * The first records of a CSV's head. When the head is only the start of a longer file, its
 * last line may be cut, so it is dropped; a file read whole keeps its last line even without
 * a final line break.
 */
export function previewRecordsOf(text: string, delimiter: string, truncated: boolean): string[][] {
  let body = text;
  if (truncated) body = body.slice(0, lastLineEnd(body));
  const rows = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false }).data;
  // A final line break makes Papa give one more, empty, record: it is no record of the file.
  if (/[\r\n]$/.test(body) && rows.length > 0 && rows[rows.length - 1]?.join("") === "") rows.pop();
  // Cut at a line break inside a quoted cell, the last record may still be partial.
  if (truncated && rows.length > previewRecords) rows.pop();
  return rows.slice(0, previewRecords);
}

/** Where the last whole line of a head ends: after its last LF, or CR in a CR-only file. */
function lastLineEnd(text: string): number {
  const lf = text.lastIndexOf("\n");
  return (lf === -1 ? text.lastIndexOf("\r") : lf) + 1;
}

/**
 * Opens a CSV (or tab-separated text): its encoding and delimiter are decided from its first
 * 64 KB, its first records are the preview; `load` then streams the whole file once (see
 * passText) and hands a UTF-8 file to DuckDB's read_csv.
 */
export async function readCsv(path: string): Promise<FileSource> {
  const handle = await open(path, "r");
  let head: Buffer;
  let size: number;
  try {
    size = (await handle.stat()).size;
    head = Buffer.alloc(Math.min(size, previewBytes));
    await handle.read(head, 0, head.length, 0);
    // A first row longer than the head (thousands of columns): read up to a record's bound,
    // so the file is judged by its rows, not taken for empty.
    if (size > head.length && !head.includes(10) && !head.includes(13)) {
      head = Buffer.alloc(Math.min(size, maxRecordBytes + 1));
      await handle.read(head, 0, head.length, 0);
    }
  } finally {
    await handle.close();
  }
  if (size === 0) throw new FileRejected("empty_file", "");
  const truncated = size > head.length;
  const encoding = detectEncoding(head, !truncated);
  if (encoding === null) throw new FileRejected("unknown_encoding", "");
  const text = new TextDecoder(decoderLabel(encoding)).decode(head, { stream: truncated });
  if (!truncated && text.trim() === "") throw new FileRejected("empty_file", "");
  const delimiter = detectDelimiter(truncated ? text.slice(0, lastLineEnd(text)) : text);
  const preview = previewRecordsOf(text, delimiter, truncated);
  if (preview.some((row) => row.length > maxColumns) || wideUnbroken(text, delimiter, truncated))
    throw new FileRejected("too_many_columns", "");
  if (truncated && lastLineEnd(text) === 0) throw new FileRejected("no_line_breaks", "");

  return {
    format: "csv",
    encoding,
    async *sheets() {
      yield {
        sheet: null,
        preview,
        firstRowNumber: 1,
        merges: [],
        load: (db, table, firstDataIndex, columnCount) =>
          loadCsv(db, { path, encoding, delimiter, table, firstDataIndex, columnCount }),
        rows: (db, table, firstDataIndex, columnCount) =>
          csvRows(db, { path, encoding, delimiter, table, firstDataIndex, columnCount }),
      };
    },
    close: async () => {},
  };
}

/** A head with no line break at all, whose first row alone has more cells than a row may. */
function wideUnbroken(text: string, delimiter: string, truncated: boolean): boolean {
  if (!truncated || lastLineEnd(text) > 0) return false;
  let cells = 1;
  for (let at = text.indexOf(delimiter); at !== -1; at = text.indexOf(delimiter, at + 1)) {
    if (++cells > maxColumns) return true;
  }
  return false;
}

interface CsvLoad {
  path: string;
  encoding: TextEncodingName;
  delimiter: string;
  table: string;
  firstDataIndex: number;
  columnCount: number;
}

/**
 * The rows as read_csv over the (UTF-8) file, so staging reads the file in the statement that
 * cleans the rows: no copy of a million rows before it. A file with empty records is the
 * exception: DuckDB skips them, so file order no longer gives Excel's row numbers, and the
 * rows are loaded into a numbered table first (loadCsv).
 */
async function csvRows(db: DuckDBConnection, options: CsvLoad): Promise<SheetRows> {
  const { delimiter, table, firstDataIndex, columnCount } = options;
  const pass = await passCsv(db, options);
  const setAside = pass.damaged;
  if (pass.emptyRecordOffsets.length > 0) {
    try {
      await loadNumbered(db, options, pass);
    } finally {
      await pass.cleanup();
    }
    return {
      from: quoteIdent(table),
      inFileOrderFrom: null,
      done: () => db.run(`drop table if exists ${quoteIdent(table)}`).then(() => {}),
      setAside,
    };
  }
  const options_ = readCsvOptions(delimiter, firstDataIndex, columnCount, !pass.quotedLineBreak);
  return {
    from: `read_csv(${quoteLiteral(pass.utf8Path)}, ${options_})`,
    inFileOrderFrom: firstDataIndex + 1,
    done: pass.cleanup,
    setAside,
  };
}

/** The text pass over the file, its copies (if any) private to the warehouse's temp folder. */
function passCsv(db: DuckDBConnection, options: CsvLoad): Promise<TextPass> {
  return passText(options.path, options.encoding, options.firstDataIndex - 1, {
    delimiter: options.delimiter,
    columnCount: options.columnCount,
    scratch: () => scratchFile(db),
  });
}

async function loadCsv(db: DuckDBConnection, options: CsvLoad): Promise<void> {
  const pass = await passCsv(db, options);
  try {
    await loadNumbered(db, options, pass);
  } finally {
    await pass.cleanup();
  }
}

/** The rows into `table` with their row numbers as Excel shows them. */
async function loadNumbered(db: DuckDBConnection, options: CsvLoad, pass: TextPass): Promise<void> {
  const { table, delimiter, firstDataIndex, columnCount } = options;
  const parallel = !pass.quotedLineBreak;
  await loadCsvTable(db, table, pass.utf8Path, delimiter, firstDataIndex, columnCount, parallel);
  await shiftPastEmptyRecords(db, table, pass.emptyRecordOffsets, firstDataIndex);
}

/**
 * read_csv's options for the rows under the header: every column text, short rows (Excel
 * drops trailing empty cells) padded with NULL. DuckDB's parallel scanner cannot pad rows
 * that hold quoted line breaks, so such a file is read by one thread.
 */
function readCsvOptions(
  delimiter: string,
  firstDataIndex: number,
  columnCount: number,
  parallel: boolean,
): string {
  const columns = Array.from(
    { length: columnCount },
    (_, i) => `${quoteLiteral(columnName(i))}: 'VARCHAR'`,
  );
  return [
    `auto_detect = false`,
    `header = false`,
    `skip = ${firstDataIndex}`,
    `delim = ${quoteLiteral(delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    `columns = {${columns.join(", ")}}`,
    `null_padding = true`,
    `parallel = ${parallel}`,
    `strict_mode = false`,
  ].join(", ");
}

async function loadCsvTable(
  db: DuckDBConnection,
  table: string,
  path: string,
  delimiter: string,
  firstDataIndex: number,
  columnCount: number,
  parallel: boolean,
): Promise<void> {
  const options = readCsvOptions(delimiter, firstDataIndex, columnCount, parallel);
  const firstDataRow = firstDataIndex + 1;
  const scratch = quoteIdent(`${table}_scan`);
  // rowid follows file order (insertion order is preserved), so it gives the row number; a
  // temporary table's rowids start at an offset, hence the min.
  await db.run(`create or replace temp table ${scratch} as
    select * from read_csv(${quoteLiteral(path)}, ${options})`);
  await db.run(`create or replace temp table ${quoteIdent(table)} as
    select (rowid - (select min(rowid) from ${scratch}) + ${firstDataRow})::integer as row_number, *
    from ${scratch}`);
  await db.run(`drop table ${scratch}`);
}

/**
 * Row numbers as Excel shows them: DuckDB skipped the empty records, so each row moves down
 * by the number of empty records before it. `offsets[i]` is how many non-empty data records
 * precede the i-th empty one; an ASOF join finds, per row, how many empty records lie above.
 */
async function shiftPastEmptyRecords(
  db: DuckDBConnection,
  table: string,
  offsets: readonly number[],
  firstDataIndex: number,
): Promise<void> {
  if (offsets.length === 0) return;
  const firstDataRow = firstDataIndex + 1;
  const gaps = quoteIdent(`${table}_gaps`);
  await db.run(`create or replace temp table ${gaps} (n integer, shift integer)`);
  const appender = await db.createAppender(`${table}_gaps`, "main", "temp");
  try {
    offsets.forEach((n, i) => {
      if (offsets[i + 1] === n) return; // the last of equal offsets holds the count
      appender.appendInteger(n);
      appender.appendInteger(i + 1);
      appender.endRow();
    });
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  await db.run(`create or replace temp table ${quoteIdent(table)} as
    select (t.row_number + coalesce(g.shift, 0))::integer as row_number, t.* exclude (row_number)
    from ${quoteIdent(table)} t asof left join ${gaps} g on t.row_number - ${firstDataRow} >= g.n
    order by t.row_number`);
  await db.run(`drop table ${gaps}`);
}
