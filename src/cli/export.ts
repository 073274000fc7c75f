import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ExitCode, UserError } from "../errors.ts";
import { claimFolder } from "../output/marker.ts";
import { legacyExport, writeParquetExport } from "../platform/parquet.ts";
import { openWarehouse, type Warehouse } from "../warehouse/connect.ts";
import { checkExportPaths } from "../workspace/paths.ts";
import { langOption, parseCommandArgs } from "./args.ts";
import { defaultDb } from "./run.ts";

export const exportHelp = `Usage: talentmap export --parquet DIR [--db FILE | --out DIR] [--lang zh|en]

Writes the last run's normalised tables and gap marts as Hive-partitioned Parquet, for Spark,
Trino or DuckDB: demand, demand_levels, gaps and field_gaps by wave (DIR/gaps/wave=2024H1/…),
people and person_chain by province (DIR/people/province=310000/…), chain_list,
supply_levels and field_levels as one file each. Nothing personal: people are under their
pseudonymous key. DIR is replaced whole (written beside it, then renamed) when it does not
exist, is empty, or is an export talentmap wrote (it carries the marker .talentmap-output);
any other folder is refused (exit 2), as is a workspace or a folder inside one. Files of your
own in an export folder are kept; only the files talentmap wrote last time are replaced.

  --parquet DIR  the folder to write
  --db FILE      the warehouse a run wrote (default: <out>.duckdb)
  --out DIR      the output folder given to run, to find its warehouse (default: reports)
  --lang L       zh (default) or en: the language of messages`;

function parse(args: string[]) {
  return parseCommandArgs(
    args,
    {
      parquet: { type: "string" },
      db: { type: "string" },
      out: { type: "string", default: "reports" },
      lang: { type: "string", default: "zh" },
      help: { type: "boolean", short: "h" },
    } as const,
    exportHelp,
  );
}

export async function main(args: string[]): Promise<number> {
  const { values } = parse(args);
  if (values.help) {
    process.stdout.write(`${exportHelp}\n`);
    return ExitCode.ok;
  }
  if (values.parquet === undefined) {
    throw new UserError(`--parquet DIR is required\n\n${exportHelp}`, ExitCode.usage);
  }
  const lang = langOption(values.lang);
  const db = resolve(values.db ?? defaultDb(resolve(values.out)));
  const dir = resolve(values.parquet);
  checkExportPaths({ dir, db }, lang);
  claimFolder(dir, "parquet", lang, legacyExport);
  if (!existsSync(db)) {
    throw new UserError(
      `no warehouse at ${db}. Run "talentmap run" first, or pass --db (or --out) as given to run.`,
    );
  }
  let warehouse: Warehouse;
  try {
    warehouse = await openWarehouse(db, { readOnly: true });
  } catch (error) {
    throw new UserError(
      `cannot open ${db}: ${(error as Error).message}. If a run is writing it, wait until it ends.`,
    );
  }
  try {
    const written = await writeParquetExport(warehouse.connection, dir, {
      lang,
      warn: (message) => process.stderr.write(`talentmap: ${message}\n`),
    });
    if (written.length === 0) {
      throw new UserError(
        `${db} holds none of the tables a run writes: run "talentmap run" first.`,
      );
    }
    for (const d of written)
      process.stderr.write(`${d.name}: ${d.rows} rows in ${d.files.length} files\n`);
    process.stderr.write(`talentmap: wrote ${dir}\n`);
    return ExitCode.ok;
  } finally {
    warehouse.close();
  }
}
