import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

export interface Warehouse {
  readonly path: string;
  readonly connection: DuckDBConnection;
  close(): void;
}

/**
 * Opens the embedded warehouse. Extension autoinstall and autoload are off: the offline
 * machines our users run have only DuckDB's built-in extensions, and a silent download
 * attempt would hang the nightly job.
 */
export async function openWarehouse(path = ":memory:"): Promise<Warehouse> {
  const instance = await DuckDBInstance.create(path, {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
  });
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
