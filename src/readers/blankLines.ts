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

  feed(bytes: Uint8Array): void {
    let { record, nonEmpty, inQuote, recordLength } = this;
    const last = this.lastHeaderRecord;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (byte === 34 /* " */) inQuote = !inQuote;
      if (byte === 10 /* \n */ && !inQuote) {
        if (record > last) {
          if (recordLength === 0) this.offsets.push(nonEmpty);
          else nonEmpty++;
        }
        record++;
        recordLength = 0;
      } else if (byte !== 13 /* \r */) {
        recordLength++;
      }
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
