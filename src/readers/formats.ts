import { extname } from "node:path";

/** The reader a file is opened with, by its name; null for a file talentmap does not read. */
export function formatOf(file: string): "csv" | "xlsx" | null {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") return "csv";
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  return null;
}
