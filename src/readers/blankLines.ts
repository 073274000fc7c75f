/**
 * DuckDB's CSV reader skips empty lines, but Excel shows them as rows, and analysts find a
 * rejected row by the number Excel shows. This finds, for the records after the header, how
 * many non-empty records precede each empty one, so row numbers can be shifted back.
 * Quote-aware: a newline inside a quoted field does not end a record.
 */
export function emptyRecordOffsets(text: string, headerIndex: number): number[] {
  if (!/\n\r?\n/.test(text)) return [];
  const offsets: number[] = [];
  let record = 0;
  let nonEmpty = 0;
  let inQuote = false;
  let recordLength = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) inQuote = !inQuote;
    if (ch === 10 /* \n */ && !inQuote) {
      if (record > headerIndex) {
        if (recordLength === 0) offsets.push(nonEmpty);
        else nonEmpty++;
      }
      record++;
      recordLength = 0;
    } else if (ch !== 13 /* \r */) {
      recordLength++;
    }
  }
  return offsets;
}
