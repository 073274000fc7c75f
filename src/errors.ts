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
 * An error's message for logs and the run history. A UserError's is ours and is kept; an
 * unexpected error may quote a value (a DuckDB conversion error quotes the cell, which can
 * be personal), so single-quoted text is replaced by '…'. `--debug` prints the original.
 */
export function redactedMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UserError) return message;
  return message.replace(/'[^'\n]*'/g, "'…'");
}
