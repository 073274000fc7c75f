export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Decides a CSV's encoding from its bytes: a BOM says it outright; otherwise text that is
 * valid UTF-8 is UTF-8, and text that is not but decodes cleanly as GB18030 (Excel's "CSV" on
 * a Chinese Windows) is GB18030. Null when neither decodes: the file is set aside, never guessed.
 */
export function detectEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-bom";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (decodes(bytes, "utf-8")) return "utf-8";
  if (decodes(bytes, "gb18030")) return "gb18030";
  return null;
}

function decodes(bytes: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  const label = encoding === "utf-8-bom" ? "utf-8" : encoding;
  return new TextDecoder(label).decode(bytes);
}
