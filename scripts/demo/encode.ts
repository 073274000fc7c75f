/**
 * Encoders Node lacks (TextEncoder writes only UTF-8), for files as Chinese Excel saves them:
 * GB18030's two-byte (GBK) range, built once per call site by decoding every two-byte code;
 * UTF-16 with a byte-order mark. A character with no GBK code is an error, never replaced.
 */
export type Encoder = (text: string) => Uint8Array;

/** A two-byte encoder for a legacy CJK encoding TextDecoder knows (gb18030, big5, shift_jis). */
export function twoByteEncoder(label: string): Encoder {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, (lead << 8) | trail);
      } catch {
        // not a character in this encoding
      }
    }
  }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0) as number;
      if (code < 0x80) {
        out.push(code);
        continue;
      }
      const pair = table.get(ch);
      if (pair === undefined) throw new Error(`${label} has no two-byte code for "${ch}"`);
      out.push(pair >> 8, pair & 0xff);
    }
    return Uint8Array.from(out);
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
