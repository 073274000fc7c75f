/**
 * A GB18030 encoder for the two-byte (GBK) range, without a package: Node decodes GB18030
 * (TextDecoder) but cannot encode it, so the table is built once by decoding every two-byte
 * code (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F). ASCII is one byte; any other character
 * outside GBK (rare CJK, emoji) is reported, never replaced.
 */
let table: Uint16Array | null = null;

function gbkTable(): Uint16Array {
  if (table !== null) return table;
  const codes = new Uint16Array(0x10000);
  const decoder = new TextDecoder("gb18030");
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      if (text.length !== 1 || text === "\uFFFD") continue;
      const unit = text.charCodeAt(0);
      // The first code wins when two decode to the same character.
      if (codes[unit] === 0) codes[unit] = (lead << 8) | trail;
    }
  }
  table = codes;
  return codes;
}

export class NotEncodable extends Error {
  constructor(
    readonly char: string,
    readonly index: number,
  ) {
    super(
      `GB18030 (two-byte range): cannot encode U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} "${char}" at character ${index}`,
    );
    this.name = "NotEncodable";
  }
}

export function encodeGb18030(text: string): Buffer {
  const codes = gbkTable();
  const out = Buffer.allocUnsafe(text.length * 2);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      out[at++] = unit;
      continue;
    }
    const code = codes[unit] as number;
    if (code === 0) throw new NotEncodable(String.fromCodePoint(text.codePointAt(i) ?? unit), i);
    out[at++] = code >> 8;
    out[at++] = code & 0xff;
  }
  return out.subarray(0, at);
}
