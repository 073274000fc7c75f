import { existsSync, renameSync } from "node:fs";
import { ExitCode, UserError } from "../errors.ts";
import { duckdbFsCode, FsUserError } from "../fs/errors.ts";
import { fsMessage, warehouseMessages } from "../messages/faults.ts";
import type { Lang } from "../messages/lang.ts";
import { openWarehouse, type Warehouse } from "./connect.ts";

/**
 * Why DuckDB could not open a warehouse file. How a damaged file is told from one that is
 * only busy or new: DuckDB takes its file lock before it reads a byte, so a file another
 * process holds fails with "Could not set lock", never a read error; a file of a newer DuckDB
 * has a header whose checksum holds and names a higher version ("Trying to read a database
 * file with version number"). Only a file with no DuckDB header (garbage, zeros, empty), a
 * header that fails its checksum, or that ends before its header says (truncated) is damaged.
 */
export type OpenFailure =
  | { kind: "damaged"; reason: string }
  | { kind: "in-use" }
  | { kind: "newer" }
  | { kind: "fs"; code: string }
  | { kind: "other" };

const damaged: readonly [RegExp, string][] = [
  [/not a valid DuckDB database file/i, "not a DuckDB file"],
  [/Corrupt database file|does not match stored checksum/i, "checksum mismatch"],
  [/Could not read enough bytes/i, "truncated"],
];

export function classifyOpenFailure(error: unknown): OpenFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (/Could not set lock on file|Conflicting lock/i.test(message)) return { kind: "in-use" };
  if (/Trying to read a database file with version number|newer version of DuckDB/i.test(message))
    return { kind: "newer" };
  for (const [pattern, reason] of damaged)
    if (pattern.test(message)) return { kind: "damaged", reason };
  const code = duckdbFsCode(error);
  return code === null ? { kind: "other" } : { kind: "fs", code };
}

/** Whether an error met while using an open warehouse says one of its blocks is damaged. */
export const isDamagedBlock = (error: unknown) =>
  /Corrupt database file|does not match stored checksum/i.test(
    error instanceof Error ? error.message : String(error),
  );

/** `<db>.corrupt-2026-11-21T02-30-00Z`: beside the warehouse, sortable, never an existing name. */
function asideName(path: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  let aside = `${path}.corrupt-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${path}.corrupt-${stamp}-${n}`;
  return aside;
}

/**
 * Opens the run's warehouse for writing. A damaged file is renamed (never deleted) to
 * `<db>.corrupt-<time>`, with its write-ahead log beside it, and a new warehouse is made in
 * its place: the run rebuilds every table from the workspace's input files (it reads every
 * file, as after an upgrade); `warn` says where the old file went. A warehouse held by
 * another process, one of a newer DuckDB, or a refusal of the file system stops the run with
 * a message saying what to do.
 */
export async function openRunWarehouse(
  path: string,
  options: { lang: Lang; now: Date; warn: (message: string) => void },
): Promise<Warehouse> {
  try {
    return await openWarehouse(path);
  } catch (error) {
    const failure = classifyOpenFailure(error);
    const { lang } = options;
    switch (failure.kind) {
      case "damaged": {
        const aside = asideName(path, options.now);
        renameSync(path, aside);
        if (existsSync(`${path}.wal`)) renameSync(`${path}.wal`, `${aside}.wal`);
        options.warn(warehouseMessages.movedAside(path, aside, failure.reason)[lang]);
        return openWarehouse(path);
      }
      case "in-use":
        throw new UserError(warehouseMessages.inUse(path)[lang], ExitCode.locked);
      case "newer":
        throw new UserError(warehouseMessages.newer(path)[lang]);
      case "fs":
        throw new FsUserError(failure.code, path, fsMessage(failure.code, path, "warehouse", lang));
      default:
        throw error;
    }
  }
}
