import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { type WorkbookLimits, workbookLimits } from "../limits.ts";
import { FileRejected } from "./types.ts";

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/**
 * How many inflated bytes one workbook may still yield. A real xlsx is XML that deflates
 * 5–30 times and reads each part once; a zip bomb declares (or hides) gigabytes in
 * kilobytes, or lists one part many times (200 sheets on one 5 MB part). Shared by every
 * read of the archive, so a part read twice is counted twice.
 */
export class InflateBudget {
  private used = 0;
  private text = 0;
  constructor(readonly limit: number) {}

  static forFile(size: number, limits: WorkbookLimits): InflateBudget {
    const { inflateRatio, inflateFreeBytes, maxWorkbookInflatedBytes } = limits;
    return new InflateBudget(
      Math.min(maxWorkbookInflatedBytes, Math.max(inflateFreeBytes, inflateRatio * size)),
    );
  }

  /** Refuses now what `bytes` more would take past the limit. */
  foresee(bytes: number): void {
    if (this.used + bytes > this.limit)
      throw new FileRejected("inflated_too_large", `would inflate past ${this.limit} bytes`);
  }

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit)
      throw new FileRejected("inflated_too_large", `inflates past ${this.limit} bytes`);
  }

  /**
   * The cell text the workbook yields is held to the same limit, apart: a shared string
   * lets 30 bytes of sheet XML stand for 32,767 characters, so a small sheet of references
   * to one long string would otherwise load gigabytes.
   */
  spendText(characters: number): void {
    this.text += characters;
    if (this.text > this.limit)
      throw new FileRejected("inflated_too_large", `cell text past ${this.limit} characters`);
  }
}

const corrupt = (why: string) => new FileRejected("corrupt_workbook", why);
const bomb = (why: string) => new FileRejected("zip_bomb", why);

/**
 * A zip archive read from its central directory (no dependency: xlsx needs only stored and
 * deflated entries, and the size checks must run before any inflating). Entries stream
 * through node:zlib and stop with an error at their declared size.
 */
export class ZipArchive {
  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    readonly size: number,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    readonly budget: InflateBudget,
  ) {}

  static async open(path: string, limits: WorkbookLimits = workbookLimits): Promise<ZipArchive> {
    const handle = await open(path, "r");
    try {
      const size = (await handle.stat()).size;
      const entries = await readCentralDirectory(handle, size);
      const budget = InflateBudget.forFile(size, limits);
      checkDeclaredSizes(entries, size, budget.limit);
      return new ZipArchive(path, handle, size, entries, budget);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => {});
  }

  /**
   * Checks, before reading them, that the parts about to be read fit the budget left, each
   * counted as often as it is listed (a crafted workbook may name one part for 200 sheets):
   * refused at once rather than after the budget's worth of rows.
   */
  planReads(names: readonly string[]): void {
    let total = 0;
    for (const name of names) total += this.entries.get(name)?.uncompressedSize ?? 0;
    this.budget.foresee(total);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * The entry's bytes, inflated, in chunks; never more than it declared, nor more than the
   * workbook's budget has left.
   */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (entry === undefined) throw corrupt(`missing part ${name}`);
    const local = Buffer.alloc(30);
    await this.handle.read(local, 0, 30, entry.localHeaderOffset);
    if (local.readUInt32LE(0) !== 0x04034b50) throw corrupt(`bad local header for ${name}`);
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + entry.compressedSize > this.size) throw corrupt(`${name} runs past the end`);
    if (entry.compressedSize === 0) return;
    const raw = createReadStream(this.path, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: 1 << 16,
    });
    let source: NodeJS.ReadableStream = raw;
    if (entry.method === 8) {
      const inflate = createInflateRaw();
      raw.on("error", (error) => inflate.destroy(error));
      source = raw.pipe(inflate);
    } else if (entry.method !== 0) {
      raw.destroy();
      throw corrupt(`${name} uses compression method ${entry.method}`);
    }
    let total = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > entry.uncompressedSize) throw bomb(`${name} inflates past its declared size`);
        this.budget.spend(chunk.length);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof FileRejected) throw error;
      throw corrupt(`${name}: ${(error as Error).message}`);
    } finally {
      raw.destroy();
    }
  }
}

async function readCentralDirectory(
  handle: FileHandle,
  size: number,
): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end of central directory");
  let count = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // ZIP64: the locator sits just before the end record and points at the ZIP64 record.
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50)
      throw corrupt("bad ZIP64 locator");
    const recordOffset = safeNumber(tail.readBigUInt64LE(locator + 8));
    const record = Buffer.alloc(56);
    await handle.read(record, 0, 56, recordOffset);
    if (record.readUInt32LE(0) !== 0x06064b50) throw corrupt("bad ZIP64 record");
    count = safeNumber(record.readBigUInt64LE(32));
    directorySize = safeNumber(record.readBigUInt64LE(40));
    directoryOffset = safeNumber(record.readBigUInt64LE(48));
  }
  if (directoryOffset + directorySize > size || directorySize > 64 * 1024 * 1024)
    throw corrupt("central directory out of bounds");
  const directory = Buffer.alloc(directorySize);
  await handle.read(directory, 0, directorySize, directoryOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== 0x02014b50)
      throw corrupt("bad central directory entry");
    const flags = directory.readUInt16LE(p + 8);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const name = directory.toString("utf8", p + 46, p + 46 + nameLength);
    let compressedSize = directory.readUInt32LE(p + 20);
    let uncompressedSize = directory.readUInt32LE(p + 24);
    let localHeaderOffset = directory.readUInt32LE(p + 42);
    const extra = directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    if ([compressedSize, uncompressedSize, localHeaderOffset].includes(0xffffffff)) {
      const wide = zip64Extra(extra);
      if (uncompressedSize === 0xffffffff) uncompressedSize = wide.shift() ?? Infinity;
      if (compressedSize === 0xffffffff) compressedSize = wide.shift() ?? Infinity;
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = wide.shift() ?? Infinity;
    }
    if (flags & 1) throw new FileRejected("password_protected", `${name} is encrypted`);
    if (localHeaderOffset + 30 + compressedSize > size) throw corrupt(`${name} out of bounds`);
    entries.set(name, {
      name,
      method: directory.readUInt16LE(p + 10),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 64-bit sizes of a ZIP64 extra field (id 1), in the order the spec gives them. */
function zip64Extra(extra: Buffer): number[] {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 1) {
      const values: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + length && q + 8 <= extra.length; q += 8)
        values.push(safeNumber(extra.readBigUInt64LE(q)));
      return values;
    }
    p += 4 + length;
  }
  return [];
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value);
}

function checkDeclaredSizes(entries: ReadonlyMap<string, ZipEntry>, size: number, limit: number) {
  let total = 0;
  for (const entry of entries.values()) total += entry.uncompressedSize;
  if (total > limit) throw bomb(`declares ${total} bytes inflated from ${size}`);
}
