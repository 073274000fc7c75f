import { basename, dirname, join, resolve } from "node:path";
import type { App } from "../context.ts";
import { ExitCode, UserError } from "../errors.ts";
import { createLog, type LogFormat, logFormats } from "../log.ts";
import type { Lang } from "../messages/lang.ts";
import type { RunRequest } from "../runs/execute.ts";
import { langOption, parseCommandArgs } from "./args.ts";

const common = `  --data DIR   the workspace: chains.json, surveys/<wave>/, rosters/ (default: data)
  --out DIR    where reports, summary.json and exports are written (default: reports): a
               folder that does not exist, is empty, or talentmap wrote (it carries the
               marker .talentmap-output); outside the workspace. Files of your own in it are
               kept; only the files talentmap wrote last time are replaced
  --db FILE    the DuckDB warehouse file (default: <out>.duckdb, beside the output folder;
               never inside it)
  --lang L     zh (default) or en: the language of reports and reject reasons
  --pdf        also print each report page to PDF with headless Chromium, when installed
  --rejects-ok exit 0, not 3, when the run completed but set rows or files aside
  --log F      text (default; a progress bar on a terminal) or json (one JSON object a line)

Exit codes: 0 done, 1 failed, 2 usage, 3 done with rows or files set aside, 4 another run
holds the workspace.`;

export const runHelp = `Usage: talentmap run --data DIR --out DIR [--db FILE] [--lang zh|en] [--pdf] [--rejects-ok] [--log text|json]

Reads every file of the workspace and writes the reports (compare: talentmap refresh).

${common}`;

export const refreshHelp = `Usage: talentmap refresh --data DIR --out DIR [--db FILE] [--lang zh|en] [--pdf] [--rejects-ok] [--log text|json]

For the nightly job: reads again only the survey waves whose files were added, changed or
removed since the last run (and the rosters, which are never kept), then computes every map
again; when nothing changed, does nothing and leaves the reports as they are. Gives the
reports a full run would.

${common}`;

function parse(args: string[], help: string) {
  return parseCommandArgs(
    args,
    {
      data: { type: "string", default: "data" },
      out: { type: "string", default: "reports" },
      db: { type: "string" },
      lang: { type: "string", default: "zh" },
      pdf: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
      "rejects-ok": { type: "boolean", default: false },
      log: { type: "string", default: "text" },
    } as const,
    help,
  );
}

/** The warehouse beside the output folder unless --db says otherwise. */
export function defaultDb(out: string): string {
  return join(dirname(out), `${basename(out)}.duckdb`);
}

/**
 * Before any work: the workspace, the reports and the warehouse apart (paths.ts), and --out a
 * folder talentmap may replace (marker.ts). The swap checks the folder again at the end.
 */
async function guardOutput(paths: { data: string; out: string; db: string }, lang: Lang) {
  const { checkRunPaths } = await import("../workspace/paths.ts");
  const { claimFolder } = await import("../output/marker.ts");
  const { legacyReports } = await import("../output/legacy.ts");
  checkRunPaths(paths, lang);
  claimFolder(paths.out, "reports", lang, (dir) => legacyReports(dir, null));
}

/** `run` and `refresh` share their options; only what they read differs. */
export async function runCommand(
  command: RunRequest["command"],
  args: string[],
  app: App,
): Promise<number> {
  const help = command === "run" ? runHelp : refreshHelp;
  const { values } = parse(args, help);
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return ExitCode.ok;
  }
  const lang = langOption(values.lang);
  if (!logFormats.includes(values.log as LogFormat)) {
    throw new UserError(`--log must be text or json, not "${values.log}"`, ExitCode.usage);
  }
  const out = resolve(values.out);
  const data = resolve(values.data);
  const db = resolve(values.db ?? defaultDb(out));
  await guardOutput({ data, out, db }, lang);
  const { executeRun } = await import("../runs/execute.ts");
  const result = await executeRun({
    command,
    data,
    out,
    db,
    lang,
    pdf: values.pdf,
    rejectsOk: values["rejects-ok"],
    log: createLog({ format: values.log as LogFormat }),
    handleSignals: true,
    app,
  });
  return result.exitCode;
}

export async function main(args: string[], app: App): Promise<number> {
  return runCommand("run", args, app);
}
