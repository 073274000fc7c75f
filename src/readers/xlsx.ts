import type { DuckDBConnection } from "@duckdb/node-api";
import { type WorkbookLimits, workbookLimits } from "../limits.ts";
import { quoteIdent } from "../warehouse/sql.ts";
import { columnName, FileRejected, type FileSource, type SheetSource } from "./types.ts";
import { scanSheet } from "./xlsx/sheet.ts";
import { readSharedStrings } from "./xlsx/strings.ts";
import { readDateStyles } from "./xlsx/styles.ts";
import { readWorkbook } from "./xlsx/workbook.ts";
import { ZipArchive } from "./zip.ts";

/**
 * Opens a workbook safely: the zip's central directory is checked for size before anything
 * is inflated, its parts stream through a SAX parser (no SheetJS on untrusted files), and
 * each sheet streams into a scratch table of the warehouse, so memory holds the shared
 * strings and a chunk of rows, not the sheet. Every bound of `limits` (inflated bytes,
 * sheets, XML depth, shared strings, columns, characters a cell) sets the whole workbook
 * aside with its own reason.
 */
export async function readXlsx(
  path: string,
  limits: WorkbookLimits = workbookLimits,
): Promise<FileSource> {
  const zip = await ZipArchive.open(path, limits);
  let parts: Awaited<ReturnType<typeof readWorkbook>>;
  let sharedStrings: string[];
  let dateStyles: boolean[];
  try {
    if (!zip.has("[Content_Types].xml") && !zip.has("xl/workbook.xml"))
      throw new FileRejected("corrupt_workbook", "a zip, but not a workbook");
    parts = await readWorkbook(zip, limits);
    zip.planReads([
      ...parts.sheets.map((sheet) => sheet.part),
      ...(parts.sharedStrings === null ? [] : [parts.sharedStrings]),
      ...(parts.styles === null ? [] : [parts.styles]),
    ]);
    sharedStrings = await readSharedStrings(zip, parts.sharedStrings, limits);
    dateStyles = await readDateStyles(zip, parts.styles, limits);
  } catch (error) {
    await zip.close();
    throw error;
  }
  const scratch: string[] = [];
  const dropScratch = async (db: DuckDBConnection) => {
    for (const table of scratch.splice(0))
      await db.run(`drop table if exists ${quoteIdent(table)}`);
  };
  return {
    format: "xlsx",
    encoding: null,
    async *sheets(db) {
      for (const [index, sheet] of parts.sheets.entries()) {
        await dropScratch(db);
        if (!zip.has(sheet.part)) throw new FileRejected("corrupt_workbook", `no ${sheet.part}`);
        const table = `xlsx_scan_${index}`;
        scratch.push(table);
        const scanned = await scanSheet(db, table, {
          zip,
          part: sheet.part,
          sharedStrings,
          dateStyles,
          date1904: parts.date1904,
          limits,
        });
        // The rows above the data go, missing columns are added.
        const keepDataRows = async (
          db: DuckDBConnection,
          firstDataIndex: number,
          width: number,
        ) => {
          await db.run(`delete from ${quoteIdent(table)}
            where row_number < ${scanned.firstRowNumber + firstDataIndex}`);
          for (let i = scanned.width; i < width; i++)
            await db.run(`alter table ${quoteIdent(table)} add column ${columnName(i)} varchar`);
        };
        const source: SheetSource = {
          sheet: sheet.name,
          preview: scanned.preview,
          firstRowNumber: scanned.firstRowNumber,
          merges: scanned.merges,
          async load(db, target, firstDataIndex, columnCount) {
            // The scan becomes the target in place (no copy of a 100k-row table).
            await keepDataRows(db, firstDataIndex, columnCount);
            await db.run(`drop table if exists ${quoteIdent(target)}`);
            await db.run(`alter table ${quoteIdent(table)} rename to ${quoteIdent(target)}`);
            scratch.splice(scratch.indexOf(table), 1);
          },
          async rows(db, _scratch, firstDataIndex, columnCount) {
            await keepDataRows(db, firstDataIndex, columnCount);
            return { from: quoteIdent(table), inFileOrderFrom: null, done: () => dropScratch(db) };
          },
        };
        yield source;
      }
      await dropScratch(db);
    },
    async close(db) {
      await dropScratch(db);
      await zip.close();
    },
  };
}
