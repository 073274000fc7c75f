/**
 * Spreadsheet formula injection: Excel and its kin run a cell that starts with =, +, -, @
 * (or a tab or carriage return before one). A leading apostrophe makes it plain text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** What an export cell may hold: numbers stay numbers, text is neutralised, null is blank. */
export type ExportValue = string | number | null;

export function safeCell(value: ExportValue): ExportValue {
  return typeof value === "string" ? neutraliseFormula(value) : value;
}
