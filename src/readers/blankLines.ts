import { maxRecordBytes as defaultMaxRecordBytes } from "../limits.ts";

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
  /**
   * The data records DuckDB must not be given, in file order: a lone CR (one not followed by
   * LF) outside quotes, which DuckDB and Excel take for a line break, so the row would come
   * apart and every later row number would be off by one; or a record over the byte bound,
   * which DuckDB fails on or drops. Each is counted as an empty record in `offsets` (the CSV
   * reader blanks it in a copy), so the rows after keep their numbers.
   */
  readonly damaged: DamagedRecord[] = [];
  /** A damaged record at or above the header: its rows cannot be told apart, the file goes. */
  headerDamage: DamagedRecord["reason"] | null = null;
  /** A quote opened and never closed by the end of the file (known after finish). */
  unclosedQuote = false;
  /** Whether any record ended in LF: a text without one breaks its lines with CR alone. */
  sawLineFeed = false;
  private record = 0;
  private nonEmpty = 0;
  private inQuote = false;
  private recordLength = 0;
  /** Where, in the whole byte stream, the current chunk and the current record start. */
  private chunkStart = 0;
  private recordStart = 0;
  private strayCr = false;
  /** The previous chunk ended in a CR outside quotes: a line end if this one starts with LF. */
  private pendingCr = false;
  private lastByte = -1;
  /** Where the last quoted cell closed: a quote right after it is a doubled one, reopening. */
  private closedAt = -2;

  /**
   * `lastHeaderRecord`: index of the header's last record; only records after it count.
   * `maxRecordBytes`: a longer record is damaged (see limits.ts). `delimiter`: when given, a
   * quote opens a quoted cell only where a cell starts, as for DuckDB (`5"螺丝` is text);
   * without it every quote opens or closes one.
   */
  constructor(
    private readonly lastHeaderRecord: number,
    private readonly maxRecordBytes = defaultMaxRecordBytes,
    delimiter?: string,
  ) {
    this.delimiter = delimiter === undefined ? -1 : delimiter.charCodeAt(0);
  }

  private readonly delimiter: number;

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
    if (end === 0) return;
    let { inQuote, recordLength } = this;
    if (this.pendingCr && bytes[0] !== 10) this.strayCr = true;
    this.pendingCr = false;
    let nextQuote = -1;
    let nextCr = -1;
    let i = 0;
    while (i < end) {
      if (nextQuote < i) {
        const q = bytes.indexOf(34 /* " */, i);
        nextQuote = q === -1 ? end : q;
      }
      if (nextCr < i) {
        const r = bytes.indexOf(13 /* \r */, i);
        nextCr = r === -1 ? end : r;
      }
      if (inQuote) {
        // Up to the closing quote everything belongs to the cell, line breaks included; a
        // doubled quote closes and reopens, which comes to the same.
        if (!this.quotedLineBreak) {
          const lineBreak = bytes.indexOf(10, i);
          if ((lineBreak !== -1 && lineBreak < nextQuote) || nextCr < nextQuote)
            this.quotedLineBreak = true;
        }
        if (nextQuote === end) break;
        inQuote = false;
        this.closedAt = this.chunkStart + nextQuote;
        i = nextQuote + 1;
        continue;
      }
      const found = bytes.indexOf(10 /* \n */, i);
      const lineEnd = found === -1 ? end : found;
      const stretchEnd = Math.min(nextQuote, lineEnd);
      // A CR outside quotes ends a line only right before its LF.
      while (nextCr < stretchEnd) {
        if (nextCr + 1 < end) {
          if (bytes[nextCr + 1] !== 10) this.strayCr = true;
        } else this.pendingCr = true;
        const r = bytes.indexOf(13, nextCr + 1);
        nextCr = r === -1 ? end : r;
      }
      if (nextQuote < lineEnd) {
        recordLength++; // the opening quote, at least
        inQuote = this.opensCell(bytes, nextQuote);
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
      this.sawLineFeed = true;
      this.recordLength = recordLength;
      this.endRecord(this.chunkStart + found);
      recordLength = 0;
      i = lineEnd + 1;
    }
    this.inQuote = inQuote;
    this.recordLength = recordLength;
    this.chunkStart += end;
    this.lastByte = bytes[end - 1] as number;
  }

  /** Whether the quote at `at` (outside quotes) starts a cell rather than sitting inside one. */
  private opensCell(bytes: Buffer, at: number): boolean {
    const position = this.chunkStart + at;
    if (this.delimiter === -1 || position === this.recordStart || position === this.closedAt + 1)
      return true;
    const before = at > 0 ? (bytes[at - 1] as number) : this.lastByte;
    return before === this.delimiter || before === 13;
  }

  /** The end of the input: the last record, when no line break closes it. */
  finish(): void {
    this.unclosedQuote = this.inQuote;
    // A file cut right after a CR ends its last line there, which is no damage.
    this.pendingCr = false;
    if (this.chunkStart > this.recordStart) this.endRecord(this.chunkStart, true);
  }

  /** Counts the record that ends at byte `end` (its LF, or the end of the input). */
  private endRecord(end: number, last = false): void {
    const bytes = end - this.recordStart;
    const reason =
      this.strayCr && this.recordLength > 0
        ? "stray_carriage_return"
        : bytes > this.maxRecordBytes
          ? "record_too_long"
          : null;
    if (this.record > this.lastHeaderRecord) {
      if (reason !== null) {
        const emptyIndex = last ? -1 : this.offsets.length;
        this.damaged.push({
          row: this.record + 1,
          reason,
          start: this.recordStart,
          end,
          emptyIndex,
        });
        if (!last) this.offsets.push(this.nonEmpty);
      } else if (this.recordLength === 0) {
        if (!last) this.offsets.push(this.nonEmpty);
      } else this.nonEmpty++;
    } else if (reason !== null) this.headerDamage ??= reason;
    this.record++;
    this.recordLength = 0;
    this.recordStart = end + 1;
    this.strayCr = false;
  }
}

/**
 * A record set aside by the CSV pass: its row number as Excel shows it (records counted from
 * 1, quoted line breaks inside), why, and its bytes in the UTF-8 text (the LF excluded).
 */
export interface DamagedRecord {
  readonly row: number;
  readonly reason: "stray_carriage_return" | "record_too_long";
  readonly start: number;
  readonly end: number;
  /** Its entry in `offsets` (it counts as an empty record), or -1 for the last record. */
  readonly emptyIndex: number;
}

/** The same over a whole text (for tests and small inputs). */
export function emptyRecordOffsets(text: string, headerIndex: number): number[] {
  const scanner = new EmptyRecordScanner(headerIndex);
  scanner.feed(new TextEncoder().encode(text));
  scanner.finish();
  return scanner.offsets;
}
