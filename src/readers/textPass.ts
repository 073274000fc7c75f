import { isUtf8 } from "node:buffer";
import { randomBytes } from "node:crypto";
import { open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EmptyRecordScanner } from "./blankLines.ts";
import { decoderLabel, Gb18030Plausibility, type TextEncodingName } from "./encoding.ts";
import { FileRejected } from "./types.ts";

const chunkBytes = 1 << 20;

/** What one pass over a CSV found: the UTF-8 file DuckDB should read, and its empty records. */
export interface TextPass {
  /** The file itself when it is UTF-8, else a scratch UTF-8 copy. */
  readonly utf8Path: string;
  readonly emptyRecordOffsets: readonly number[];
  /** Whether a quoted cell holds a line break (see EmptyRecordScanner.quotedLineBreak). */
  readonly quotedLineBreak: boolean;
  /** Removes the scratch copy, if any. */
  cleanup(): Promise<void>;
}

/**
 * Reads a CSV once, in chunks of 1 MB, never holding it whole: checks that every byte is in
 * the encoding its first bytes suggested (a file whose head is UTF-8 but whose tail is not is
 * set aside, not half-read), transcodes GB18030 and UTF-16 to a scratch UTF-8 file for
 * DuckDB's read_csv (TextDecoder in stream mode), and counts the empty records after the
 * header so row numbers can follow Excel's.
 */
export async function passText(
  path: string,
  encoding: TextEncodingName,
  lastHeaderRecord: number,
): Promise<TextPass> {
  const scanner = new EmptyRecordScanner(lastHeaderRecord);
  if (encoding === "utf-8" || encoding === "utf-8-bom") {
    await checkUtf8(path, scanner);
    return {
      utf8Path: path,
      emptyRecordOffsets: scanner.offsets,
      quotedLineBreak: scanner.quotedLineBreak,
      cleanup: async () => {},
    };
  }
  const scratch = join(tmpdir(), `talentmap-${process.pid}-${randomBytes(6).toString("hex")}.csv`);
  try {
    await transcode(path, scratch, encoding, scanner);
  } catch (error) {
    await rm(scratch, { force: true });
    throw error;
  }
  return {
    utf8Path: scratch,
    emptyRecordOffsets: scanner.offsets,
    quotedLineBreak: scanner.quotedLineBreak,
    cleanup: () => rm(scratch, { force: true }),
  };
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
