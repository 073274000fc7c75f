export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/** The byte-order mark a file starts with, and the encoding it announces. */
export function byteOrderMark(
  bytes: Uint8Array,
): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8-bom", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** The label TextDecoder knows an encoding by. */
export function decoderLabel(encoding: TextEncodingName): string {
  return encoding === "utf-8-bom" ? "utf-8" : encoding;
}

/**
 * Decides a CSV's encoding from its bytes (the whole file, or its first bytes when
 * `complete` is false: a character cut at the end is then no evidence). A BOM says it
 * outright; otherwise text that is valid UTF-8 without NUL bytes is UTF-8; text that is not
 * but decodes as GB18030 into plausible Chinese text (Excel's "CSV" on a Chinese Windows) is
 * GB18030. Null otherwise: the file is set aside, never guessed at.
 */
export function detectEncoding(bytes: Uint8Array, complete = true): TextEncodingName | null {
  const bom = byteOrderMark(bytes);
  if (bom !== null) return bom.encoding;
  // NUL never occurs in text: UTF-16 without a BOM, or a binary file.
  if (bytes.includes(0)) return null;
  if (decodes(bytes, "utf-8", complete) !== null) return "utf-8";
  const text = decodes(bytes, "gb18030", complete);
  if (text === null) return null;
  const plausibility = new Gb18030Plausibility();
  plausibility.feed(text);
  return plausibility.plausible() ? "gb18030" : null;
}

function decodes(bytes: Uint8Array, label: string, complete: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: !complete });
  } catch {
    return null;
  }
}

/** Decodes a whole buffer, dropping a leading BOM. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(decoderLabel(encoding)).decode(bytes);
}

/**
 * Whether text decoded as GB18030 reads as Chinese. GB18030 decodes almost any byte string
 * without error, so validity proves little: Big5 bytes decode to a scatter of symbols, kana,
 * Greek and private-use characters; Shift-JIS and Latin-1 bytes to rare ideographs from
 * GBK's extension area. Real Chinese text is ideographs, ASCII and Chinese punctuation, and
 * most of its characters lie in the GB2312 area (even a traditional-character file has more
 * than half there: 人, 工, 要求 are the same in both scripts).
 */
export class Gb18030Plausibility {
  private multiByte = 0;
  private odd = 0;
  private common = 0;
  private readonly gb2312: Uint8Array = gb2312Members();

  feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code < 0x20 && code !== 9 && code !== 10 && code !== 13) this.odd++;
        continue;
      }
      this.multiByte++;
      if (!plausibleChar(code)) this.odd++;
      if (this.gb2312[code] === 1) this.common++;
    }
  }

  plausible(): boolean {
    if (this.multiByte === 0) return this.odd === 0;
    return this.odd <= 0.02 * this.multiByte && this.common >= 0.3 * this.multiByte;
  }
}

function plausibleChar(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // extension A
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation, 　、。《》【】
    (code >= 0xff00 && code <= 0xffef) || // full-width forms: ，：（）３
    (code >= 0x2010 && code <= 0x205e) || // general punctuation: — “ ” … ‰
    (code >= 0x2100 && code <= 0x218f) || // ℃ № Ⅰ Ⅱ
    (code >= 0x2460 && code <= 0x24ff) || // ① ②
    (code >= 0x3300 && code <= 0x33ff) || // ㎡ ㎏
    code === 0xb7 ||
    code === 0xd7 ||
    code === 0xf7 ||
    code === 0xb0 ||
    code === 0xb1 ||
    code === 0xa7 ||
    code === 0xa4
  );
}

/**
 * A membership table over UTF-16 code units: 1 for the characters of GB2312's area (lead
 * and trail bytes 0xA1–0xFE, leads up to 0xF7), built by decoding the area in one call.
 */
function gb2312Members(): Uint8Array {
  const bytes: number[] = [];
  for (let lead = 0xa1; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  }
  const members = new Uint8Array(0x10000);
  const text = new TextDecoder("gb18030").decode(Uint8Array.from(bytes));
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The user-defined rows (0xAA–0xAF leads) decode to private use: never common.
    if (code !== 0xfffd && (code < 0xe000 || code > 0xf8ff)) members[code] = 1;
  }
  return members;
}
