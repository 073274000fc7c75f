/**
 * Whether a character takes two columns where CJK text is laid out on a grid (a terminal, a
 * spreadsheet column, a chart's label gutter): Hangul jamo, CJK ideographs and punctuation,
 * Hangul syllables, compatibility ideographs, full-width forms and the supplementary planes.
 */
export function isWide(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}

/** Columns a text takes: two for each wide character, one for any other. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? 2 : 1;
  return width;
}
