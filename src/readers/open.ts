import type { WorkbookLimits } from "../limits.ts";
import { readCsv } from "./csv.ts";
import { isEncryptedOffice, sniff } from "./sniff.ts";
import { FileRejected, type FileSource } from "./types.ts";
import { readXlsx } from "./xlsx.ts";

/**
 * Opens an input file by what its bytes are, not by its name alone: a zip is read as a
 * workbook, an OLE file is a password-protected xlsx or a legacy .xls (both set aside with
 * what to do), anything else named .xlsx is damaged, and the rest is read as delimited text.
 * `workbookLimits` replaces the default bounds of a workbook (tests use small ones).
 */
export async function openInput(
  path: string,
  format: "csv" | "xlsx",
  workbookLimits?: WorkbookLimits,
): Promise<FileSource> {
  const kind = await sniff(path);
  if (kind === "empty") throw new FileRejected("empty_file", "");
  if (kind === "zip") return readXlsx(path, workbookLimits);
  if (kind === "ole") {
    throw (await isEncryptedOffice(path))
      ? new FileRejected("password_protected", "")
      : new FileRejected("legacy_xls", "");
  }
  if (format === "xlsx") throw new FileRejected("corrupt_workbook", "not a zip");
  return readCsv(path);
}
