import type { Context } from "../src/context.ts";
import { rejectReasons } from "../src/messages/rejects.ts";
import { openInput } from "../src/readers/open.ts";
import { FileRejected } from "../src/readers/types.ts";
import { passingRows, recordRejects } from "../src/sources/checks.ts";
import { demandChecks } from "../src/sources/demand/checks.ts";
import { demandHeaders, demandRequired } from "../src/sources/demand/headers.ts";
import { type AliasTable, findHeaderRow, type MappedColumn } from "../src/sources/headerMatch.ts";
import { personalFields, rosterChecks } from "../src/sources/roster/checks.ts";
import { rosterHeaders, rosterIdentity } from "../src/sources/roster/headers.ts";
import { createStaging, stageSheet } from "../src/sources/staging.ts";
import { installMacros } from "../src/warehouse/macros.ts";
import { inTransaction, quoteIdent, quoteLiteral } from "../src/warehouse/sql.ts";
import {
  formatOf,
  type InputFile,
  type InputKind,
  listInputFiles,
} from "../src/workspace/files.ts";
import type { Stage } from "./stage.ts";

interface KindSpec {
  staging: string;
  aliases: AliasTable<string>;
  mustHave: readonly string[];
}

const kinds: Record<InputKind, KindSpec> = {
  demand: { staging: "demand_staging", aliases: demandHeaders, mustHave: demandRequired },
  roster: { staging: "roster_staging", aliases: rosterHeaders, mustHave: rosterIdentity },
};

interface FileOutcome {
  file: InputFile;
  format: "csv" | "xlsx" | null;
  encoding: string | null;
  sheets: string[];
  rowsRead: number;
  error: string | null;
}

/** Every CSV and workbook of the workspace into `demand_rows` / `roster_rows`, or `rejects`. */
export const ingest: Stage = {
  name: "ingest",
  inputs: [],
  outputs: ["input_files", "demand_rows", "roster_rows", "rejects"],
  async run(ctx) {
    const { db } = ctx;
    await installMacros(db);
    await db.run(
      `create or replace temp table staging_columns (file varchar, sheet varchar, field varchar, header varchar)`,
    );
    for (const kind of Object.values(kinds))
      await createStaging(db, kind.staging, Object.keys(kind.aliases));

    await inTransaction(db, async () => {
      await db.run(`create or replace table rejects (file varchar, sheet varchar, row_number integer,
        column_name varchar, value varchar, reason_code varchar, reason varchar)`);
      const outcomes: FileOutcome[] = [];
      for (const file of listInputFiles(ctx.workspace.dir)) {
        outcomes.push(await ingestFile(ctx, file));
      }
      await recordRejects(db, { staging: "demand_staging", checks: demandChecks, lang: ctx.lang });
      await recordRejects(db, {
        staging: "roster_staging",
        checks: rosterChecks,
        lang: ctx.lang,
        personalFields,
      });
      await db.run(`create or replace table demand_rows as
        select * replace (parse_headcount(headcount) as headcount) from (${passingRows("demand_staging")})
        order by file, sheet, row_number`);
      await db.run(`create or replace table roster_rows as
        select * exclude (wave) from (${passingRows("roster_staging")}) order by file, sheet, row_number`);
      await writeInputFiles(ctx, outcomes);
    });
    const [files, rejected] = await Promise.all([
      db.runAndReadAll("select count(*)::integer n, count(error)::integer bad from input_files"),
      db.runAndReadAll("select count(*)::integer n from rejects"),
    ]);
    const f = files.getRowObjectsJS()[0];
    ctx.log.stage(
      "ingest",
      `${f?.n} files (${f?.bad} set aside), ${rejected.getRowObjectsJS()[0]?.n} rejects`,
    );
  },
};

async function ingestFile(ctx: Context, file: InputFile): Promise<FileOutcome> {
  const outcome: FileOutcome = {
    file,
    format: formatOf(file.file),
    encoding: null,
    sheets: [],
    rowsRead: 0,
    error: null,
  };
  const kind = kinds[file.kind];
  try {
    if (file.misplaced) throw new FileRejected("bad_wave_folder", "");
    if (outcome.format === null) throw new FileRejected("unsupported_format", "");
    if (file.bytes > ctx.workspace.config.maxFileMegabytes * 1024 * 1024)
      throw new FileRejected("file_too_large", "");
    const source = await openInput(file.path, outcome.format);
    outcome.format = source.format;
    outcome.encoding = source.encoding;
    let sheetIndex = 0;
    let anyCells = false;
    try {
      for await (const sheet of source.sheets(ctx.db)) {
        anyCells ||= sheet.preview.some((row) => row.some((cell) => cell.trim() !== ""));
        const header = findHeaderRow(sheet.preview, kind.aliases, kind.mustHave, {
          merges: sheet.merges,
        });
        if (header === null) continue; // instructions sheets and empty sheets hold no header
        const table = `source_${sheetIndex++}`;
        await sheet.load(ctx.db, table, header.rowIndex + header.rowCount, header.columns.length);
        await recordColumns(ctx, file.file, sheet.sheet, header.columns);
        outcome.sheets.push(sheet.sheet ?? "");
        outcome.rowsRead += await stageSheet(ctx.db, {
          staging: kind.staging,
          source: table,
          fields: Object.keys(kind.aliases),
          columns: header.columns,
          file: file.file,
          sheet: sheet.sheet,
          wave: file.wave,
        });
      }
    } finally {
      await source.close(ctx.db);
    }
    if (outcome.sheets.length === 0)
      throw new FileRejected(anyCells ? "no_header" : "empty_file", "");
  } catch (error) {
    if (!(error instanceof FileRejected)) throw error;
    // A file is read whole or not at all: rows of sheets read before the bad one go too.
    await unstage(ctx, kind.staging, file.file);
    Object.assign(outcome, { sheets: [], rowsRead: 0, error: error.reasonCode });
    const reason = rejectReasons[error.reasonCode][ctx.lang];
    await ctx.db.run("insert into rejects values ($1, null, null, null, null, $2, $3)", [
      file.file,
      error.reasonCode,
      reason,
    ]);
    ctx.log.warn(`${file.file}: ${reason}`);
  }
  return outcome;
}

/** The header as written for each mapped column, so a reject names the column the user sees. */
async function recordColumns(
  ctx: Context,
  file: string,
  sheet: string | null,
  columns: readonly MappedColumn<string>[],
): Promise<void> {
  for (const column of columns) {
    if (column.field === null) continue;
    await ctx.db.run("insert into staging_columns values ($1, $2, $3, $4)", [
      file,
      sheet,
      column.field,
      column.header,
    ]);
  }
}

async function unstage(ctx: Context, staging: string, file: string): Promise<void> {
  await ctx.db.run(`delete from ${quoteIdent(staging)} where file = $1`, [file]);
  await ctx.db.run("delete from staging_columns where file = $1", [file]);
}

async function writeInputFiles(ctx: Context, outcomes: readonly FileOutcome[]): Promise<void> {
  const { db } = ctx;
  await db.run(`create or replace table input_files (file varchar, kind varchar, wave varchar, format varchar,
    encoding varchar, sheets varchar, rows_read integer, rows_loaded integer, rows_rejected integer, error varchar)`);
  const literal = (value: string | null) => (value === null ? "null" : quoteLiteral(value));
  const values = outcomes.map(
    (o) =>
      `(${literal(o.file.file)}, ${literal(o.file.kind)}, ${literal(o.file.wave)}, ${literal(o.format)}, ${literal(o.encoding)}, ${literal(o.sheets.join(";"))}, ${o.rowsRead}, ${literal(o.error)})`,
  );
  if (values.length === 0) return;
  // Rows read come from staging; rejected rows are counted once however many checks they fail.
  await db.run(`insert into input_files
    select f.file, f.kind, f.wave, f.format, f.encoding, nullif(f.sheets, ''), f.rows_read,
      f.rows_read - coalesce(r.n, 0), coalesce(r.n, 0), f.error
    from (values ${values.join(", ")}) f(file, kind, wave, format, encoding, sheets, rows_read, error)
    left join (select file, count(distinct (sheet, row_number))::integer n from rejects
      where row_number is not null group by file) r on r.file = f.file
    order by f.file`);
}
