import { type ParseArgsConfig, parseArgs } from "node:util";
import { ExitCode, UserError } from "../errors.ts";
import { type Lang, langs } from "../messages/lang.ts";

/**
 * parseArgs for one command, strict: an unknown or malformed option is a usage error (exit 2)
 * that shows the command's help, never an "unexpected error".
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: O,
  help: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\n${help}`, ExitCode.usage);
  }
}

/** The value of --lang, or a usage error (exit 2) naming the languages there are. */
export function langOption(value: string): Lang {
  if (!(langs as readonly string[]).includes(value)) {
    throw new UserError(`--lang must be ${langs.join(" or ")}, not "${value}"`, ExitCode.usage);
  }
  return value as Lang;
}
