import { existsSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

export interface Warehouse {
  readonly path: string;
  readonly connection: DuckDBConnection;
  close(): void;
}

export interface WarehouseOptions {
  /**
   * DuckDB's memory_limit (e.g. "2GB"); past it, tables being built spill to disk. Default:
   * $TALENTMAP_MEMORY_LIMIT, else 800MB, so a province's million-row roster runs in well under
   * 1.5 GB of memory with Node and the report's JavaScript beside it (measured: 1GB gave a
   * 1.45–1.51 GB peak, 800MB 1.16–1.18 GB, for about a second more of ingest spilling). Null:
   * DuckDB's own default (80% of the machine's memory), for measuring DuckDB alone.
   */
  readonly memoryLimit?: string | null;
  /** Opened read-only (an export, a listing), so a run writing it is not disturbed. */
  readonly readOnly?: boolean;
}

export const defaultMemoryLimit = "800MB";

/**
 * Opens the embedded warehouse. Extension autoinstall and autoload are off: the offline
 * machines our users run have only DuckDB's built-in extensions, and a silent download
 * attempt would hang the nightly job. What spills past the memory limit goes beside a file
 * warehouse (`<file>.tmp/`, DuckDB's default) or, in memory, to a folder of the system's
 * temporary directory, never the working directory; DuckDB removes what it wrote on close.
 */
export async function openWarehouse(
  path = ":memory:",
  options: WarehouseOptions = {},
): Promise<Warehouse> {
  const memoryLimit =
    options.memoryLimit === undefined
      ? process.env.TALENTMAP_MEMORY_LIMIT || defaultMemoryLimit
      : options.memoryLimit;
  const settings: Record<string, string> = {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
  };
  if (memoryLimit !== null) settings.memory_limit = memoryLimit;
  if (options.readOnly) settings.access_mode = "READ_ONLY";
  if (path === ":memory:") settings.temp_directory = join(tmpdir(), `talentmap-${process.pid}.tmp`);
  const instance = await DuckDBInstance.create(path, settings);
  if (path !== ":memory:" && !options.readOnly) removeStaleSpill(`${path}.tmp`);
  const connection = await instance.connect();
  // Pinned so no figure or date depends on the machine's zone.
  await connection.run("set TimeZone = 'UTC'");
  return {
    path,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * What DuckDB spilled before a process holding the warehouse was killed, left in its temporary
 * folder: roster rows spilled during a run are personal data. Called right after opening the
 * warehouse for writing, when DuckDB's lock on the file says no other process uses it and this
 * one has not spilled yet.
 */
function removeStaleSpill(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith("duckdb_temp_")) rmSync(join(dir, name), { force: true });
  }
}
