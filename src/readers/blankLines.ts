/**
 * DuckDB's CSV reader skips empty lines, but Excel shows them as rows, and analysts find a
 * rejected row by the number Excel shows. This finds, for the records after the header, how
 * many non-empty records precede each empty one, so row numbers can be shifted back.
 * Quote-aware: a newline inside a quoted field does not end a record.
 *
 * It reads UTF-8 bytes in chunks of any size (the quote, CR and LF bytes never occur inside
 * a multi-byte UTF-8 character), so a file is scanned as it streams past, never held whole.
 */
export class EmptyRecordScanner {
  readonly offsets: number[] = [];
  private record = 0;
  private nonEmpty = 0;
  private inQuote = false;
  private recordLength = 0;

  /** `lastHeaderRecord`: index of the header's last record; only records after it count. */
  constructor(private readonly lastHeaderRecord: number) {}

  /**
   * Whether a line break fell inside a quoted field (a cell of several lines). DuckDB's
   * parallel CSV scanner cannot pad the short rows of such a file, so it is read by one thread.
   */
  quotedLineBreak = false;

  /**
   * Jumps from quote to line break with Buffer.indexOf (memchr), so a million-row file is
   * scanned at memory speed rather than a JavaScript step per byte.
   */
  feed(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const end = bytes.length;
    const last = this.lastHeaderRecord;
    let { record, nonEmpty, inQuote, recordLength } = this;
    let nextQuote = -1;
    let i = 0;
    while (i < end) {
      if (nextQuote < i) {
        const q = bytes.indexOf(34 /* " */, i);
        nextQuote = q === -1 ? end : q;
      }
      if (inQuote) {
        // Up to the closing quote everything belongs to the cell, line breaks included; a
        // doubled quote closes and reopens, which comes to the same.
        if (!this.quotedLineBreak) {
          const lineBreak = bytes.indexOf(10, i);
          if (lineBreak !== -1 && lineBreak < nextQuote) this.quotedLineBreak = true;
        }
        if (nextQuote === end) break;
        inQuote = false;
        i = nextQuote + 1;
        continue;
      }
      const found = bytes.indexOf(10 /* \n */, i);
      const lineEnd = found === -1 ? end : found;
      if (nextQuote < lineEnd) {
        recordLength++; // the opening quote, at least
        inQuote = true;
        i = nextQuote + 1;
        continue;
      }
      // Does the stretch up to the line break hold anything but carriage returns?
      for (let j = i; j < lineEnd; j++) {
        if (bytes[j] !== 13 /* \r */) {
          recordLength++;
          break;
        }
      }
      if (found === -1) break;
      if (record > last) {
        if (recordLength === 0) this.offsets.push(nonEmpty);
        else nonEmpty++;
      }
      record++;
      recordLength = 0;
      i = lineEnd + 1;
    }
    Object.assign(this, { record, nonEmpty, inQuote, recordLength });
  }
}

/** The same over a whole text (for tests and small inputs). */
export function emptyRecordOffsets(text: string, headerIndex: number): number[] {
  const scanner = new EmptyRecordScanner(headerIndex);
  scanner.feed(new TextEncoder().encode(text));
  return scanner.offsets;
}
