/**
 * Encoders Node lacks (TextEncoder writes only UTF-8), for files as Chinese Excel saves them:
 * GB18030's two-byte (GBK) range, and the like; UTF-16 with a byte-order mark. A character
 * with no two-byte code is an error, never replaced.
 */
export class NotEncodable extends Error {
  constructor(
    readonly char: string,
    readonly index: number,
    label = "gb18030",
  ) {
    super(
      `${label.toUpperCase()} (two-byte range): cannot encode U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} "${char}" at character ${index}`,
    );
    this.name = "NotEncodable";
  }
}

/**
 * Each UTF-16 code unit's two-byte code (0: none), built once per encoding by decoding every
 * two-byte code (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F); the first code wins when two
 * decode to the same character.
 */
const tables = new Map<string, Uint16Array>();

function codeTable(label: string): Uint16Array {
  const known = tables.get(label);
  if (known !== undefined) return known;
  const codes = new Uint16Array(0x10000);
  const decoder = new TextDecoder(label, { fatal: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let text: string;
      try {
        text = decoder.decode(pair);
      } catch {
        continue; // not a character in this encoding
      }
      if (text.length !== 1) continue;
      const unit = text.charCodeAt(0);
      if (codes[unit] === 0) codes[unit] = (lead << 8) | trail;
    }
  }
  tables.set(label, codes);
  return codes;
}

/** A two-byte encoder for a legacy CJK encoding TextDecoder knows (gb18030, big5, shift_jis). */
export function twoByteEncoder(label: string): (text: string) => Buffer {
  const codes = codeTable(label);
  return (text) => {
    const out = Buffer.allocUnsafe(text.length * 2);
    let at = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0x80) {
        out[at++] = unit;
        continue;
      }
      const code = codes[unit] as number;
      if (code === 0) {
        throw new NotEncodable(String.fromCodePoint(text.codePointAt(i) ?? unit), i, label);
      }
      out[at++] = code >> 8;
      out[at++] = code & 0xff;
    }
    return out.subarray(0, at);
  };
}

/** UTF-16 with its byte-order mark: Excel's "Unicode text" is little-endian. */
export function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const units = `\uFEFF${text}`;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    out[2 * i + (endian === "le" ? 0 : 1)] = unit & 0xff;
    out[2 * i + (endian === "le" ? 1 : 0)] = unit >> 8;
  }
  return out;
}
