import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { DuckDBConnection } from "@duckdb/node-api";
import { runPipeline } from "../../pipelines/pipeline.ts";
import { ExitCode, UserError } from "../errors.ts";
import { stderrLog } from "../log.ts";
import type { Lang } from "../messages/lang.ts";
import { openWarehouse } from "../warehouse/connect.ts";
import { loadWorkspace } from "../workspace/load.ts";

export const runHelp = `Usage: talentmap run --data DIR --out DIR [--db FILE] [--lang zh|en] [--pdf] [--rejects-ok]

  --data DIR   the workspace: chains.json, surveys/<wave>/, rosters/ (default: data)
  --out DIR    where reports, summary.json and exports are written (default: reports)
  --db FILE    the DuckDB warehouse file (default: <out>.duckdb, beside the output folder)
  --lang L     zh (default) or en: the language of reports and reject reasons
  --pdf        also print each report page to PDF with headless Chromium, when installed
  --rejects-ok exit 0, not 3, when the run completed but set rows or files aside`;

/** Whether the run set aside any row or file (rejects.csv lists them): exit code 3. */
async function hasRejects(db: DuckDBConnection): Promise<boolean> {
  const rows = await db.runAndReadAll("select count(*) > 0 as any from rejects");
  return rows.getRowObjectsJS()[0]?.any === true;
}

function parseRunArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        data: { type: "string", default: "data" },
        out: { type: "string", default: "reports" },
        db: { type: "string" },
        lang: { type: "string", default: "zh" },
        pdf: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
        "rejects-ok": { type: "boolean", default: false },
      },
      strict: true,
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\n${runHelp}`, ExitCode.usage);
  }
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseRunArgs(args);
  if (values.help) {
    process.stdout.write(`${runHelp}\n`);
    return ExitCode.ok;
  }
  if (values.lang !== "zh" && values.lang !== "en") {
    throw new UserError(`--lang must be zh or en, not "${values.lang}"`, ExitCode.usage);
  }
  const out = resolve(values.out);
  const dbPath = values.db ?? join(dirname(out), `${basename(out)}.duckdb`);
  const workspace = loadWorkspace(resolve(values.data));
  const warehouse = await openWarehouse(dbPath);
  try {
    const log = stderrLog();
    const started = performance.now();
    await runPipeline({
      db: warehouse.connection,
      log,
      now: () => new Date(),
      workspace,
      out,
      lang: values.lang as Lang,
      pdf: values.pdf,
    });
    log.info(`talentmap: wrote ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return (await hasRejects(warehouse.connection)) && !values["rejects-ok"]
      ? ExitCode.completedWithRejects
      : ExitCode.ok;
  } finally {
    warehouse.close();
  }
}
