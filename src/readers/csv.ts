import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import Papa from "papaparse";
import { quoteIdent, quoteLiteral } from "../warehouse/sql.ts";
import { emptyRecordOffsets } from "./blankLines.ts";
import { decodeText, detectEncoding } from "./encoding.ts";
import { columnName, FileRejected, type FileSource } from "./types.ts";

const previewBytes = 64 * 1024;

/** Comma, tab or semicolon: whichever splits the first lines most evenly into most columns. */
export function detectDelimiter(lines: readonly string[]): "," | "\t" | ";" {
  let best: "," | "\t" | ";" = ",";
  let bestScore = 0;
  for (const delimiter of [",", "\t", ";"] as const) {
    const counts = lines
      .filter((line) => line.length > 0)
      .map((line) => line.split(delimiter).length - 1);
    const score =
      counts.length === 0 ? 0 : Math.max(...counts) * counts.filter((c) => c > 0).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export function readCsv(path: string): FileSource {
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new FileRejected("empty_file", "");
  const encoding = detectEncoding(bytes);
  if (encoding === null) throw new FileRejected("unknown_encoding", "");
  const head = decodeText(bytes.subarray(0, previewBytes), encoding).replace(/^\uFEFF/, "");
  // A cut multi-byte character or half a line at the preview's end is dropped.
  const lines = head.split(/\r\n|\n|\r/).slice(0, -1);
  const delimiter = detectDelimiter(lines.slice(0, 30));
  const preview = Papa.parse<string[]>(lines.slice(0, 30).join("\n"), { delimiter }).data;

  return {
    format: "csv",
    encoding,
    sheets: [
      {
        sheet: null,
        preview,
        firstRowNumber: 1,
        async load(db, table, headerIndex, columnCount) {
          const utf8 = encoding === "utf-8" || encoding === "utf-8-bom";
          // DuckDB reads only UTF-8; other encodings are transcoded to a scratch copy first.
          const source = utf8 ? path : join(tmpdir(), `talentmap-${process.pid}-${Date.now()}.csv`);
          const text = decodeText(bytes, encoding).replace(/^\uFEFF/, "");
          if (!utf8) writeFileSync(source, text);
          try {
            await loadCsvTable(db, table, source, delimiter, headerIndex, columnCount);
            await shiftPastEmptyRecords(
              db,
              table,
              emptyRecordOffsets(text, headerIndex),
              headerIndex,
            );
          } finally {
            if (!utf8) rmSync(source, { force: true });
          }
        },
      },
    ],
  };
}

async function loadCsvTable(
  db: DuckDBConnection,
  table: string,
  path: string,
  delimiter: string,
  headerIndex: number,
  columnCount: number,
): Promise<void> {
  const columns = Array.from(
    { length: columnCount },
    (_, i) => `${quoteLiteral(columnName(i))}: 'VARCHAR'`,
  );
  const options = [
    `auto_detect = false`,
    `header = false`,
    `skip = ${headerIndex + 1}`,
    `delim = ${quoteLiteral(delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    `columns = {${columns.join(", ")}}`,
    // Short rows (Excel drops trailing empty cells) are padded; the parallel scanner cannot
    // pad rows that hold quoted newlines, so this reader runs single-threaded per file.
    `null_padding = true`,
    `parallel = false`,
    `strict_mode = false`,
  ].join(", ");
  const firstDataRow = headerIndex + 2;
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

async function shiftPastEmptyRecords(
  db: DuckDBConnection,
  table: string,
  offsets: readonly number[],
  headerIndex: number,
): Promise<void> {
  if (offsets.length === 0) return;
  const firstDataRow = headerIndex + 2;
  const list = `[${offsets.join(", ")}]`;
  await db.run(`update ${quoteIdent(table)} set row_number = row_number +
    len(list_filter(${list}, n -> n <= row_number - ${firstDataRow}))`);
}
