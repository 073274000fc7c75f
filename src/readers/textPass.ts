import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";
import { maxDamagedRecords, maxRecordBytes } from "../limits.ts";
import { type DamagedRecord, EmptyRecordScanner } from "./blankLines.ts";
import { decoderLabel, Gb18030Plausibility, type TextEncodingName } from "./encoding.ts";
import type { ScratchFile } from "./scratch.ts";
import { FileRejected } from "./types.ts";

const chunkBytes = 1 << 20;

/** What one pass over a CSV found: the UTF-8 file DuckDB should read, and its empty records. */
export interface TextPass {
  /** The file itself when it is UTF-8 and whole, else a private UTF-8 copy (see scratch.ts). */
  readonly utf8Path: string;
  readonly emptyRecordOffsets: readonly number[];
  /** Whether a quoted cell holds a line break (see EmptyRecordScanner.quotedLineBreak). */
  readonly quotedLineBreak: boolean;
  /** Rows set aside before DuckDB reads the file (blank in `utf8Path`): Excel's number, why. */
  readonly damaged: readonly Pick<DamagedRecord, "row" | "reason">[];
  /** Removes the copies, if any. */
  cleanup(): Promise<void>;
}

export interface PassOptions {
  readonly delimiter: string;
  /** Cells of the header: a lone CR that ends a row of at least this many is a line break. */
  readonly columnCount?: number;
  /** A new private file for a copy (scratchFile of the warehouse). */
  readonly scratch: () => Promise<ScratchFile>;
  readonly maxRecordBytes?: number;
}

/**
 * Reads a CSV once, in chunks of 1 MB, never holding it whole: checks that every byte is in
 * the encoding its first bytes suggested (a file whose head is UTF-8 but whose tail is not is
 * set aside, not half-read), transcodes GB18030 and UTF-16 to a private UTF-8 copy for
 * DuckDB's read_csv (TextDecoder in stream mode), and counts the empty records after the
 * header so row numbers can follow Excel's.
 *
 * It also finds the records DuckDB would split, fail on or silently drop (a lone CR, a record
 * over the byte bound; see EmptyRecordScanner.damaged) and a quote never closed. Rows with such
 * a record are blanked in a copy and reported, so DuckDB never meets them and its errors,
 * which quote the line, never arise from them. A clean UTF-8 file, the common case, is read
 * in place: no copy.
 */
export async function passText(
  path: string,
  encoding: TextEncodingName,
  lastHeaderRecord: number,
  options: PassOptions,
): Promise<TextPass> {
  const newScanner = () =>
    new EmptyRecordScanner(lastHeaderRecord, options.maxRecordBytes, options.delimiter);
  let scanner = newScanner();
  const copies: ScratchFile[] = [];
  const cleanup = async () => {
    for (const copy of copies.splice(0)) await copy.remove();
  };
  try {
    let utf8Path = path;
    if (encoding === "utf-8" || encoding === "utf-8-bom") await checkUtf8(path, scanner);
    else {
      const copy = await options.scratch();
      copies.push(copy);
      await transcode(path, copy.path, encoding, scanner);
      utf8Path = copy.path;
    }
    scanner.finish();
    if (!scanner.sawLineFeed && scanner.headerDamage === "stray_carriage_return") {
      // Lines that all end in CR alone (Excel's "CSV (Macintosh)"): the CRs are the line
      // breaks. DuckDB reads them so, but the scan counts records by LF: a copy with LF.
      const copy = await options.scratch();
      copies.push(copy);
      await crToLf(utf8Path, copy.path);
      utf8Path = copy.path;
      scanner = newScanner();
      await checkUtf8(utf8Path, scanner);
      scanner.finish();
    }
    if (scanner.unclosedQuote) throw new FileRejected("unclosed_quote", "");
    if (scanner.headerDamage !== null)
      throw new FileRejected(
        scanner.headerDamage === "stray_carriage_return" ? "bad_line_breaks" : "unreadable_file",
        "",
      );
    if (scanner.damaged.length > maxDamagedRecords) throw new FileRejected("bad_line_breaks", "");
    const { damaged, offsets, breaks } = await lineBreakCrs(utf8Path, scanner, options);
    if (damaged.length > 0 || breaks.length > 0) {
      const repaired = await options.scratch();
      copies.push(repaired);
      await repairCopy(utf8Path, repaired.path, damaged, breaks);
      utf8Path = repaired.path;
    }
    return {
      utf8Path,
      emptyRecordOffsets: offsets,
      quotedLineBreak: scanner.quotedLineBreak,
      damaged: damaged.map(({ row, reason }) => ({ row, reason })),
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Mixed line ends: a record holding lone CRs whose every piece between them is a whole row
 * (at least the header's cells) was cut into rows by CRs meant as line breaks, as DuckDB and
 * Excel read them; a CR inside a cell leaves a piece short. Such a record is no damage: its k
 * rows are read, and the rows after it move down by k - 1. The others stay damaged. `breaks`:
 * where those CRs are, to be made LF in the copy DuckDB reads (it fails on some mixes of CR,
 * LF and CRLF even where every CR ends a row).
 */
async function lineBreakCrs(
  path: string,
  scanner: EmptyRecordScanner,
  options: PassOptions,
): Promise<{ damaged: DamagedRecord[]; offsets: number[]; breaks: number[] }> {
  const columns = options.columnCount ?? 0;
  const { damaged, offsets } = scanner;
  const breaks: number[] = [];
  if (columns < 2 || !damaged.some((d) => d.reason === "stray_carriage_return"))
    return { damaged: [...damaged], offsets: [...offsets], breaks };
  const kept: DamagedRecord[] = [];
  // extra[i]: rows gained before the i-th empty record; dropped: entries of records now rows.
  const extra = new Array<number>(offsets.length + 1).fill(0);
  const dropped = new Set<number>();
  let moved = 0;
  const handle = await open(path, "r");
  try {
    for (const record of damaged) {
      const at =
        record.reason === "stray_carriage_return" && record.end - record.start <= maxRecordBytes
          ? await rowBreaks(handle, record, options.delimiter, columns)
          : null;
      if (at === null) {
        kept.push({ ...record, row: record.row + moved });
        continue;
      }
      breaks.push(...at);
      const rows = at.length + 1;
      moved += rows - 1;
      if (record.emptyIndex >= 0) {
        dropped.add(record.emptyIndex);
        extra[record.emptyIndex + 1] = (extra[record.emptyIndex + 1] ?? 0) + rows;
      }
    }
  } finally {
    await handle.close();
  }
  const shifted: number[] = [];
  let gained = 0;
  offsets.forEach((offset, i) => {
    gained += extra[i] ?? 0;
    if (!dropped.has(i)) shifted.push(offset + gained);
  });
  return { damaged: kept, offsets: shifted, breaks };
}

/**
 * Where, in the file, the lone CRs (outside quotes) that cut the record into whole rows are,
 * when each piece has at least `columns` cells; null when a piece is short or empty.
 */
async function rowBreaks(
  handle: Awaited<ReturnType<typeof open>>,
  record: DamagedRecord,
  delimiter: string,
  columns: number,
): Promise<number[] | null> {
  const bytes = Buffer.alloc(record.end - record.start);
  await handle.read(bytes, 0, bytes.length, record.start);
  const end = bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length; // CRLF's CR
  const separator = delimiter.charCodeAt(0);
  const breaks: number[] = [];
  let [cells, length, inQuote, fieldStart] = [1, 0, false, true];
  for (let i = 0; i <= end; i++) {
    const byte = i === end ? 13 : (bytes[i] as number);
    if (inQuote) {
      if (byte === 34 && bytes[i + 1] === 34)
        i++; // a doubled quote, inside the cell
      else if (byte === 34) inQuote = false;
      continue;
    }
    if (byte === 13) {
      if (length === 0 || cells < columns) return null;
      if (i < end) breaks.push(record.start + i);
      [cells, length, fieldStart] = [1, 0, true];
      continue;
    }
    length++;
    if (byte === 34 && fieldStart) inQuote = true;
    fieldStart = byte === separator;
    if (fieldStart) cells++;
  }
  return breaks.length > 0 ? breaks : null;
}

/** Copies `from` to `to` with every CR made an LF. */
async function crToLf(from: string, to: string): Promise<void> {
  const out = await open(to, "w");
  try {
    for await (const chunk of chunks(from)) {
      for (let at = chunk.indexOf(13); at !== -1; at = chunk.indexOf(13, at + 1)) chunk[at] = 10;
      await out.write(chunk);
    }
  } finally {
    await out.close();
  }
}

/**
 * Copies `from` to `to` with the bytes of the damaged records left out (their line breaks
 * kept), so each is an empty line DuckDB skips and the rows after keep their numbers, and the
 * CRs at `breaks` (lone CRs that end rows) made LF.
 */
async function repairCopy(
  from: string,
  to: string,
  damaged: readonly DamagedRecord[],
  breaks: readonly number[],
): Promise<void> {
  const out = await open(to, "w");
  try {
    let offset = 0;
    let next = 0;
    let nextBreak = 0;
    for await (const chunk of chunks(from)) {
      const chunkEnd = offset + chunk.length;
      for (; nextBreak < breaks.length && (breaks[nextBreak] as number) < chunkEnd; nextBreak++)
        chunk[(breaks[nextBreak] as number) - offset] = 10;
      let at = offset;
      while (at < chunkEnd) {
        while (next < damaged.length && (damaged[next] as DamagedRecord).end <= at) next++;
        const record = damaged[next];
        if (record === undefined || record.start >= chunkEnd) {
          await out.write(chunk.subarray(at - offset));
          break;
        }
        if (record.start > at) await out.write(chunk.subarray(at - offset, record.start - offset));
        at = Math.min(record.end, chunkEnd);
      }
      offset = chunkEnd;
    }
  } finally {
    await out.close();
  }
}

async function* chunks(path: string): AsyncGenerator<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Where the last whole UTF-8 character of `bytes` ends (a cut one is kept for the next chunk). */
function completeUtf8End(bytes: Uint8Array): number {
  const end = bytes.length;
  let i = end - 1;
  while (i >= 0 && i > end - 4 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  if (i < 0) return end;
  const lead = bytes[i] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return end - i < need ? i : end;
}

const mixed = () =>
  new FileRejected("unknown_encoding", "the file is not in one encoding throughout");

async function checkUtf8(path: string, scanner: EmptyRecordScanner): Promise<void> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks(path)) {
    const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const end = completeUtf8End(bytes);
    const whole = bytes.subarray(0, end);
    if (!isUtf8(whole) || whole.includes(0)) throw mixed();
    scanner.feed(whole);
    carry = Buffer.from(bytes.subarray(end));
  }
  if (carry.length > 0) throw mixed();
}

async function transcode(
  path: string,
  scratch: string,
  encoding: TextEncodingName,
  scanner: EmptyRecordScanner,
): Promise<void> {
  const decoder = new TextDecoder(decoderLabel(encoding), { fatal: true });
  const plausibility = encoding === "gb18030" ? new Gb18030Plausibility() : null;
  const out = await open(scratch, "w");
  try {
    const write = async (text: string) => {
      if (text.includes("\0")) throw mixed();
      plausibility?.feed(text);
      const bytes = Buffer.from(text, "utf8");
      scanner.feed(bytes);
      await out.write(bytes);
    };
    try {
      for await (const chunk of chunks(path)) await write(decoder.decode(chunk, { stream: true }));
      await write(decoder.decode());
    } catch (error) {
      if (error instanceof TypeError) throw mixed(); // the fatal decoder met bytes outside the encoding
      throw error;
    }
    if (plausibility !== null && !plausibility.plausible()) throw mixed();
  } finally {
    await out.close();
  }
}
