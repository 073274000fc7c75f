/** Exit codes the CLI and the nightly job rely on; documented in README. */
export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  completedWithRejects: 3,
  locked: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Something the user must fix (a bad config, a missing folder). Anything that is not a
 * UserError is a bug and the CLI says so.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.failed,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * An error's message for logs and the run history. A UserError's is ours and is kept. An
 * unexpected error may quote data: a DuckDB conversion error quotes the cell, a CSV error
 * prints the whole line it failed on ("Original Line: …,<phone>,<e-mail>") on its second
 * line. Ingest sets a file aside before any such error gets this far; this is the second line
 * of defence: only the first line is kept, and in it quoted text, e-mail addresses, runs of
 * digits long enough to be a phone, an ID number or a date, and Chinese text (a name) become
 * '…'. `--debug` prints the original.
 */
export function redactedMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UserError) return message;
  const [first = ""] = message.split(/\r\n|\r|\n/);
  return first
    .replace(/\s*Original Line:.*$/i, "")
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/[^\s@'"]+@[^\s@'"]+/g, "…")
    .replace(/\d[\d\s\-/.:年月日]{4,}[\dXx]/g, "…")
    .replace(/[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+/g, "…");
}
