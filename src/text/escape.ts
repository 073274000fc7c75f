/**
 * Characters that would let a file name (or any text from the user's files) forge or hide
 * log lines: C0 controls (newline, carriage return, ESC of terminal sequences), DEL, C1
 * controls (U+009B is a terminal's CSI too), the Unicode line and paragraph separators, and
 * the bidirectional overrides that show text in another order than it is.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Text safe for one line of a log or a terminal: each unsafe character written as an escape. */
export function escapeControls(text: string): string {
  return text.replace(unsafe, (c) => {
    const code = c.charCodeAt(0);
    return named[c] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
  });
}

/** What JSON.stringify leaves raw in strings: DEL, C1, U+2028/2029, the bidi overrides. */
const unsafeInJson = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text (from JSON.stringify, indented or not) with what JSON.stringify leaves raw written
 * as \uXXXX escapes: the same value once parsed, and nothing a terminal or log reader acts on.
 * C0 controls in strings are escaped by JSON.stringify already; a raw newline in its output is
 * the indentation's, and stays.
 */
export function escapeJson(json: string): string {
  return json.replace(unsafeInJson, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}

const hex = (code: number, width: number) => code.toString(16).padStart(width, "0");
