/** Cell values as the analyst sees them in Excel, from the raw text of the sheet XML. */

const dayMs = 86_400_000;

/** "B12" → column 1, row 12; null when it is no cell reference. */
export function parseCellRef(ref: string): { col: number; row: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1 || ref.length - i > 7) return null;
  return { col: col - 1, row };
}

/** "A1:P2" → zero-based rows and columns. */
export function parseRange(
  ref: string,
): { firstRow: number; lastRow: number; firstCol: number; lastCol: number } | null {
  const [from, to = from] = ref.split(":");
  const a = parseCellRef(from ?? "");
  const b = parseCellRef(to ?? "");
  if (a === null || b === null) return null;
  return {
    firstRow: Math.min(a.row, b.row) - 1,
    lastRow: Math.max(a.row, b.row) - 1,
    firstCol: Math.min(a.col, b.col),
    lastCol: Math.max(a.col, b.col),
  };
}

/** A number as Excel shows it in a General cell: no float noise, no exponent for phones. */
export function numberText(raw: string): string {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value)) return raw;
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

/**
 * An Excel date serial as YYYY-MM-DD (the time of day dropped). The 1900 system counts from
 * 1899-12-30 past its phantom 1900-02-29 (serial 60); the 1904 system from 1904-01-01.
 * Serials outside 1900–9999 are no dates: the number is shown instead.
 */
export function serialDate(raw: string, date1904: boolean): string {
  const serial = Number(raw);
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return numberText(raw);
  let days = Math.floor(serial);
  if (date1904) days += 1462;
  else if (days < 61) days += 1;
  return new Date(Date.UTC(1899, 11, 30) + days * dayMs).toISOString().slice(0, 10);
}
