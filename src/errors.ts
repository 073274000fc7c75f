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
