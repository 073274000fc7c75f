import type { App } from "../context.ts";
import { ExitCode, redactedMessage, UserError } from "../errors.ts";
import { fsUserError, isFsError } from "../fs/errors.ts";
import type { Lang } from "../messages/lang.ts";
import { escapeControls } from "../text/escape.ts";

const usage = `talentmap: industry-chain talent maps from demand surveys and talent rosters

Usage:
  talentmap run --data DIR --out DIR [--db FILE] [--lang zh|en] [--log text|json]
  talentmap refresh --data DIR --out DIR [--db FILE] [--lang zh|en] [--log text|json]
  talentmap status [--data DIR] [--out DIR] [--db FILE] [--json]
  talentmap unresolved [--data DIR] [--out DIR] [--db FILE] [--json]
  talentmap inspect FILE [--json] [--kind demand|roster] [--sheet NAME]
  talentmap template --wave YYYYH1|YYYYH2 --out FILE.xlsx [--data DIR]
  talentmap export --parquet DIR [--db FILE | --out DIR]
  talentmap rekey --data DIR [--db FILE | --out DIR] [--yes]

Commands:
  run         read the workspace in --data, write reports and summary.json to --out
  refresh     the nightly job: read only what changed since the last run; nothing if nothing did
  status      the recent runs, what changed, what failed, and whether a run holds the workspace
  unresolved  list the values the last run could not map, with suggestions for aliases.csv
  inspect     show how the pipeline reads one file: format, encoding, sheet, header, rows
  template    write the blank survey form for a wave, with the headers and dropdown lists
  export      write the last run's tables and gap marts as Hive-partitioned Parquet
  rekey       start a new key epoch: a new secret, every person key changes (asks first)

Run "talentmap COMMAND --help" for a command's options.`;

/** Each command is a module loaded only when asked for, so `--help` starts instantly. */
const commands: Record<string, () => Promise<{ main(args: string[], app: App): Promise<number> }>> =
  {
    run: () => import("./run.ts"),
    refresh: () => import("./refresh.ts"),
    status: () => import("./status.ts"),
    template: () => import("./template.ts"),
    unresolved: () => import("./unresolved.ts"),
    inspect: () => import("./inspect.ts"),
    export: () => import("./export.ts"),
    rekey: () => import("./rekey.ts"),
  };

async function main(argv: string[], app: App): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`talentmap: unknown command "${name}"\n\n${usage}\n`);
    return ExitCode.usage;
  }
  return (await load()).main(args, app);
}

/** The language asked for, for a message of an error no command turned into its own. */
function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf("--lang");
  return argv[at + 1] === "en" || argv.includes("--lang=en") ? "en" : "zh";
}

/**
 * Runs the command `argv` names and sets the process's exit code; every error ends as one line
 * that says what to do (`--debug` prints an unexpected one whole).
 */
export function runCli(argv: readonly string[], app: App): void {
  const debug = argv.includes("--debug");
  main(
    argv.filter((arg) => arg !== "--debug"),
    app,
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (thrown: unknown) => {
      // A file system's refusal no command caught is still the user's to fix: path and fix.
      const error =
        isFsError(thrown) && !debug ? fsUserError(thrown, "path", "", langOf(argv)) : thrown;
      if (error instanceof UserError) {
        // Control characters of a name in the message are escaped (a usage error's own lines stay).
        const lines = error.message.split("\n").map(escapeControls).join("\n");
        process.stderr.write(`talentmap: ${lines}\n`);
        process.exitCode = error.exitCode;
      } else {
        process.stderr.write(
          debug
            ? `${(error as Error)?.stack ?? error}\n`
            : `talentmap: unexpected error: ${escapeControls(redactedMessage(error))} (rerun with --debug for details)\n`,
        );
        process.exitCode = ExitCode.failed;
      }
    },
  );
}
