import type { Context } from "../src/context.ts";
import { type RejectReason, rejectReasons } from "../src/messages/rejects.ts";
import { formatOf } from "../src/readers/formats.ts";
import { openInput } from "../src/readers/open.ts";
import { sweepScratch } from "../src/readers/scratch.ts";
import { FileRejected, type RowSetAside } from "../src/readers/types.ts";
import { planIngest, readIngested } from "../src/runs/changes.ts";
import {
  dropFiles,
  ensureIngestTables,
  mergeKeptRows,
  type ReadOutcome,
  recordRead,
  sortRejects,
  writeInputFiles,
} from "../src/runs/ingested.ts";
import { codeVersion } from "../src/runs/version.ts";
import { dropRejectedRows, recordLongCells, recordRejects } from "../src/sources/checks.ts";
import type { MappedColumn } from "../src/sources/headerMatch.ts";
import {
  type InputKindSpec,
  inputKind,
  inputKinds,
  kindFields,
  sheetHeader,
} from "../src/sources/kinds.ts";
import { createStaging, stageSheet } from "../src/sources/staging.ts";
import { installMacros } from "../src/warehouse/macros.ts";
import {
  inTransaction,
  queryRows,
  quoteIdent,
  quoteLiteral,
  tableExists,
} from "../src/warehouse/sql.ts";
import {
  type ScannedFile,
  scanWorkspace,
  unchangedSince,
  type WorkspaceScan,
} from "../src/workspace/scan.ts";
import type { Stage } from "./stage.ts";
import { ingestTables } from "./tables/ingest.ts";

/**
 * Every CSV and workbook of the workspace, of each kind of input (src/sources/kinds.ts), into
 * `demand_rows` / `roster_rows`, or `rejects`.
 */
export const ingest: Stage = {
  name: "ingest",
  reads: [],
  writes: ingestTables,
  async run(ctx) {
    const { db } = ctx;
    await installMacros(db);
    await db.run(
      `create or replace temp table staging_columns (file varchar, sheet varchar, field varchar, header varchar)`,
    );
    await db.run(
      `create or replace temp table rows_set_aside (file varchar, sheet varchar, row_number integer, reason_code varchar)`,
    );
    // Copies of rosters a killed run left in the warehouse's temp folder go before any is made.
    await sweepScratch(db).catch((error: NodeJS.ErrnoException) =>
      ctx.log.warn(
        `could not remove the roster copies a stopped run left in ${error.path ?? "the warehouse's temp folder"} (${error.code ?? "error"}): delete them by hand`,
      ),
    );
    for (const kind of inputKinds) await createStaging(db, kind.staging, kindFields(kind));
    const scan = ctx.scan ?? scanWorkspace(ctx.workspace.dir);
    const key = ingestKey(ctx, scan);

    const before =
      ctx.ingestMode === "incremental" && (await tableExists(db, "demand_rows"))
        ? await readIngested(db)
        : [];
    const plan = planIngest(scan.files, before, key, ctx.ingestMode !== "incremental");
    // Staging first, outside the transaction: it writes temporary tables only, and rows
    // inserted inside a transaction are copied once more when it commits (a million roster
    // rows cost more than a second). A run killed here has changed nothing in the warehouse.
    const outcomes: ReadOutcome[] = [];
    for (const [i, file] of plan.read.entries()) {
      ctx.log.progress?.("ingest", i, plan.read.length, file.file);
      outcomes.push(await ingestFile(ctx, file));
    }
    ctx.log.progress?.("ingest", plan.read.length, plan.read.length, "");
    await inTransaction(db, async () => {
      await dropPersistentRosterRows(ctx);
      await ensureIngestTables(db, plan.full);
      if (!plan.full) await dropFiles(db, plan.drop);
      await recordFileRejects(ctx, outcomes);
      await recordRowsSetAside(ctx);
      for (const kind of inputKinds) await recordRowRejects(ctx, kind);
      for (const kind of inputKinds) {
        if (kind.keptRows === null) continue;
        await dropRejectedRows(db, kind.staging);
        await mergeKeptRows(db, kind.rowsTable, kind.keptRows, !plan.full);
      }
      await sortRejects(db);
      await recordRead(db, outcomes, key, ctx.runId ?? null);
      await writeInputFiles(db);
    });
    // Temporary tables only, after the commit: DuckDB refuses to commit a transaction that
    // deletes from a table and then alters it.
    for (const kind of inputKinds) if (kind.keptRows === null) await keepPassingRows(db, kind);
    const [files, rejected] = await Promise.all([
      db.runAndReadAll("select count(*)::integer n, count(error)::integer bad from input_files"),
      db.runAndReadAll("select count(*)::integer n from rejects"),
    ]);
    const f = files.getRowObjectsJS()[0];
    const kept = Number(f?.n ?? 0) - plan.read.length;
    ctx.log.stage(
      "ingest",
      `${f?.n} files (${f?.bad} set aside), ${rejected.getRowObjectsJS()[0]?.n} rejects${
        plan.full ? "" : `: ${plan.read.length} read, ${kept} unchanged and kept`
      }`,
    );
  },
};

/**
 * A kind's rows set aside: cells too long first (so no other check quotes them), then its
 * checks. A personal value is never shown: a roster's long cell whatever its column.
 */
async function recordRowRejects(ctx: Context, kind: InputKindSpec): Promise<void> {
  const fields = kindFields(kind);
  const hidden = kind.anyCellPersonal ? fields : kind.personalFields;
  const { staging } = kind;
  await recordLongCells(ctx.db, { staging, fields, lang: ctx.lang, personalFields: hidden });
  await recordRejects(ctx.db, {
    staging,
    checks: kind.checks,
    lang: ctx.lang,
    personalFields: kind.personalFields,
  });
}

/**
 * What, besides a file's bytes, decides the rows and rejects reading it gives: the code, the
 * language of reject reasons and talentmap.json (maxFileMegabytes). A file read under
 * another key is read again.
 */
function ingestKey(ctx: Context, scan: WorkspaceScan): string {
  const version = ctx.codeVersion ?? codeVersion();
  return `${version}|${ctx.lang}|${scan.settings["talentmap.json"] ?? "-"}`;
}

/**
 * An older talentmap kept roster_rows in the warehouse between ingest and normalise: such a
 * table, left by a run killed in between, goes (the temporary one of this run comes after).
 */
async function dropPersistentRosterRows(ctx: Context): Promise<void> {
  const rows = await queryRows<{ catalog: string }>(
    ctx.db,
    `select table_catalog as catalog from information_schema.tables
     where table_name = 'roster_rows' and table_catalog <> 'temp'`,
  );
  for (const { catalog } of rows) {
    await ctx.db.run(`drop table if exists ${quoteIdent(catalog)}.main.roster_rows`);
  }
}

/**
 * The rows of a kind not kept between runs (the rosters): its staging table itself, less the
 * rejected rows, renamed, so a million rows are not copied once more. Personal data: a
 * temporary table, never written to the warehouse file; normalise drops it once people have
 * their pseudonymous keys.
 */
async function keepPassingRows(db: Context["db"], kind: InputKindSpec): Promise<void> {
  const staging = quoteIdent(kind.staging);
  await dropRejectedRows(db, kind.staging);
  await db.run(`alter table ${staging} drop column wave`);
  await db.run(`alter table ${staging} drop column first_cell`);
  await db.run(`drop table if exists temp.main.${quoteIdent(kind.rowsTable)}`);
  await db.run(`alter table ${staging} rename to ${quoteIdent(kind.rowsTable)}`);
}

async function ingestFile(ctx: Context, file: ScannedFile): Promise<ReadOutcome> {
  const outcome: ReadOutcome = {
    file,
    format: formatOf(file.file),
    encoding: null,
    sheets: [],
    rowsRead: 0,
    error: null,
    intact: true,
  };
  const kind = inputKind[file.kind];
  try {
    if (file.missing) throw new FileRejected("missing_file", "");
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
        const header = sheetHeader(sheet, file.kind);
        if (header === null) continue; // instructions sheets and empty sheets hold no header
        const rows = await sheet.rows(
          ctx.db,
          `source_${sheetIndex++}`,
          header.rowIndex + header.rowCount,
          header.columns.length,
        );
        await recordColumns(ctx, file.file, sheet.sheet, header.columns);
        outcome.sheets.push(sheet.sheet ?? "");
        try {
          outcome.rowsRead += await setRowsAside(ctx, file.file, sheet.sheet, rows.setAside);
          outcome.rowsRead += await stageSheet(ctx.db, {
            staging: kind.staging,
            rows,
            fields: kindFields(kind),
            columns: header.columns,
            file: file.file,
            sheet: sheet.sheet,
            wave: file.wave,
          });
        } finally {
          await rows.done();
        }
      }
    } finally {
      await source.close(ctx.db);
    }
    if (outcome.sheets.length === 0)
      throw new FileRejected(anyCells ? "no_header" : "empty_file", "");
  } catch (error) {
    // Whatever failed, DuckDB, a reader or a library, the file is set aside here, where it is
    // known, and the run goes on. The error's message is never shown: DuckDB's quotes the
    // line it failed on, a roster's line holds names, phones and ID numbers.
    const reason = error instanceof FileRejected ? error.reasonCode : unexpectedReason(error);
    // A file is read whole or not at all: rows of sheets read before the bad one go too.
    await unstage(ctx, kind.staging, file.file);
    Object.assign(outcome, { sheets: [], rowsRead: 0, error: reason });
    const cause = error instanceof FileRejected ? "" : ` [${errorKind(error)}]`;
    ctx.log.warn(`${file.file}: ${rejectReasons[reason][ctx.lang]}${cause}`);
  }
  if (!unchangedSince(file)) {
    outcome.intact = false;
    ctx.log.warn(`${file.file}: changed while it was being read; it is read again next time`);
  }
  return outcome;
}

/** Why a file whose reading failed unexpectedly is set aside: it could not be opened, or read. */
function unexpectedReason(error: unknown): RejectReason {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  return typeof code === "string" && typeof syscall === "string"
    ? "file_not_accessible"
    : "unreadable_file";
}

/**
 * What kind of error it was, for whoever reads the log, without its message: DuckDB's error
 * type ("Invalid Input Error"), a Node error code, or the error's class.
 */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  const type = /^([A-Za-z ]{1,40} Error):/.exec(error.message)?.[1];
  return type ?? (/^[A-Za-z]{1,40}$/.test(error.name) ? error.name : "Error");
}

/**
 * Rows a reader could not give (see SheetRows.setAside), kept until the transaction that
 * records rejects; each counts as a row read. Returns how many.
 */
async function setRowsAside(
  ctx: Context,
  file: string,
  sheet: string | null,
  rows: readonly RowSetAside[] | undefined,
): Promise<number> {
  if (rows === undefined || rows.length === 0) return 0;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await ctx.db.run(
      `insert into rows_set_aside values ${chunk.map((_, j) => `($1, $2, $${2 * j + 3}, $${2 * j + 4})`).join(", ")}`,
      [file, sheet, ...chunk.flatMap((r) => [r.row, r.reason])],
    );
  }
  return rows.length;
}

/** A row set aside by its reader is a reject with its row number and reason, and no value. */
async function recordRowsSetAside(ctx: Context): Promise<void> {
  const reasons = Object.entries(rejectReasons).map(
    ([code, text]) => `(${quoteLiteral(code)}, ${quoteLiteral(text[ctx.lang])})`,
  );
  await ctx.db.run(`insert into rejects
    select s.file, s.sheet, s.row_number, null, null, s.reason_code, r.reason
    from rows_set_aside s join (values ${reasons.join(", ")}) r(code, reason) on r.code = s.reason_code`);
}

/** A file set aside whole is one reject with no row: its name and the reason. */
async function recordFileRejects(ctx: Context, outcomes: readonly ReadOutcome[]): Promise<void> {
  for (const { file, error } of outcomes) {
    if (error === null) continue;
    await ctx.db.run("insert into rejects values ($1, null, null, null, null, $2, $3)", [
      file.file,
      error,
      rejectReasons[error][ctx.lang],
    ]);
  }
}

/** The header as written for each mapped column, so a reject names the column the user sees. */
async function recordColumns(
  ctx: Context,
  file: string,
  sheet: string | null,
  columns: readonly MappedColumn<string>[],
): Promise<void> {
  const mapped = columns.filter((column) => column.field !== null);
  if (mapped.length === 0) return;
  // One statement per sheet: a statement costs about half a millisecond, a workspace of a
  // thousand files has some fifteen thousand columns.
  const rows = mapped.map((_, i) => `($1, $2, $${2 * i + 3}, $${2 * i + 4})`);
  await ctx.db.run(`insert into staging_columns values ${rows.join(", ")}`, [
    file,
    sheet,
    ...mapped.flatMap((column) => [column.field, column.header]),
  ]);
}

async function unstage(ctx: Context, staging: string, file: string): Promise<void> {
  await ctx.db.run(`delete from ${quoteIdent(staging)} where file = $1`, [file]);
  await ctx.db.run("delete from staging_columns where file = $1", [file]);
  await ctx.db.run("delete from rows_set_aside where file = $1", [file]);
}
