import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Lang } from "../messages/lang.ts";
import { carryOver } from "../output/carry.ts";
import { claimFolder, filesIn, type Owned, writeMarker } from "../output/marker.ts";
import { quoteIdent, quoteLiteral, tableExists } from "../warehouse/sql.ts";

/**
 * One dataset of the Parquet export: a folder `<name>/` under the export, Hive-partitioned by
 * `partition` (`<name>/wave=2024H1/data_0.parquet`) or one file (`<name>/data_0.parquet`).
 */
export interface ParquetDataset {
  readonly name: string;
  /** The warehouse tables the query reads; a dataset whose table is missing is skipped. */
  readonly tables: readonly string[];
  readonly query: string;
  readonly partition: string | null;
  /** Rows in this order inside each file, so the same warehouse gives the same files. */
  readonly order: string;
}

/**
 * The normalised tables and the gap marts, nothing personal: demand rows (enterprises and
 * positions) with their chain, people under their pseudonymous key (no name, phone, e-mail,
 * ID number or birth date is in any table after normalise), their chains, and the levels and
 * gaps. Survey-side datasets are partitioned by wave, people-side ones by province.
 */
export const parquetDatasets: readonly ParquetDataset[] = [
  {
    name: "chain_list",
    tables: ["chain_list"],
    query: "select chain_id, name, ord from chain_list",
    partition: null,
    order: "ord",
  },
  {
    name: "demand",
    tables: ["demand", "demand_chain"],
    query: `select d.*, c.chain_id, c.route, c.status as chain_status, c.candidates
      from demand d join demand_chain c using (demand_id)`,
    partition: "wave",
    order: "demand_id",
  },
  {
    name: "people",
    tables: ["people"],
    query: "select * from people",
    partition: "province",
    order: "person_key",
  },
  {
    name: "person_chain",
    tables: ["person_chain", "people"],
    query: `select pc.person_key, pc.chain_id, pc.route, p.province
      from person_chain pc join people p using (person_key)`,
    partition: "province",
    order: "person_key, chain_id",
  },
  {
    name: "demand_levels",
    tables: ["demand_levels"],
    query: "select * from demand_levels",
    partition: "wave",
    order: "chain_id, ladder, rank",
  },
  {
    name: "supply_levels",
    tables: ["supply_levels"],
    query: "select * from supply_levels",
    partition: null,
    order: "chain_id, ladder, rank",
  },
  {
    name: "gaps",
    tables: ["gaps"],
    query: "select * from gaps",
    partition: "wave",
    order: "chain_id, ladder, rank",
  },
  {
    name: "field_levels",
    tables: ["field_levels"],
    query: "select * from field_levels",
    partition: null,
    order: "chain_id, grain, code, side, wave, rank",
  },
  {
    name: "field_gaps",
    tables: ["field_gaps"],
    query: "select * from field_gaps",
    partition: "wave",
    order: "chain_id, grain, code, rank",
  },
];

export interface WrittenDataset {
  readonly name: string;
  readonly rows: number;
  /** The Parquet files written, relative to the export folder, `/`-separated. */
  readonly files: readonly string[];
}

function filesUnder(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path, root) : [relative(root, path)];
    })
    .map((path) => path.split("\\").join("/"))
    .sort();
}

/**
 * An export written before markers (marker.ts): nothing but dataset folders holding Parquet
 * files, all of them talentmap's. Anything else in the folder makes it not an export.
 */
export function legacyExport(dir: string): Owned | null {
  const names = new Set(parquetDatasets.map((d) => d.name));
  const top = readdirSync(dir, { withFileTypes: true });
  if (!top.every((entry) => entry.isDirectory() && names.has(entry.name))) return null;
  if (!filesIn(dir).every((file) => file.endsWith(".parquet"))) return null;
  return () => true;
}

/**
 * Writes every dataset whose tables the warehouse holds into `dir` with DuckDB's
 * `COPY … (FORMAT parquet, PARTITION_BY …)`. The export is written beside `dir` under a
 * temporary name and renamed into place, so a reader sees the old export or the new, never
 * half of one. `dir` must be absent, empty or an export of talentmap's (marker.ts; else a
 * usage error before anything is written); files in it that talentmap did not write are
 * carried over, `warn` naming any kept under another name.
 */
export async function writeParquetExport(
  db: DuckDBConnection,
  dir: string,
  options: { lang?: Lang; now?: Date; warn?: (message: string) => void } = {},
): Promise<WrittenDataset[]> {
  const lang = options.lang ?? "zh";
  const now = options.now ?? new Date();
  const owned = claimFolder(dir, "parquet", lang, legacyExport);
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `${basename(dir)}.tmp-${process.pid}`);
  const old = join(parent, `${basename(dir)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  const written: WrittenDataset[] = [];
  try {
    for (const dataset of parquetDatasets) {
      let present = true;
      for (const table of dataset.tables) present &&= await tableExists(db, table);
      if (!present) continue;
      const target = join(tmp, dataset.name);
      const query = `select * from (${dataset.query}) order by ${dataset.partition ? `${quoteIdent(dataset.partition)}, ` : ""}${dataset.order}`;
      // A partitioned COPY makes its folder; a single file goes into one made here.
      if (dataset.partition === null) mkdirSync(target);
      const to = dataset.partition === null ? join(target, "data_0.parquet") : target;
      const options =
        dataset.partition === null
          ? "format parquet"
          : `format parquet, partition_by (${quoteIdent(dataset.partition)})`;
      const reader = await db.runAndReadAll(`copy (${query}) to ${quoteLiteral(to)} (${options})`);
      const rows = Number(reader.getRows()[0]?.[0] ?? 0);
      written.push({
        name: dataset.name,
        rows,
        files: filesUnder(target, tmp),
      });
    }
    // An export with no dataset is not written: the old one (or none) stays.
    if (written.length > 0) {
      writeMarker(tmp, "parquet");
      if (existsSync(dir)) {
        for (const note of carryOver(dir, tmp, owned, now, lang)) options.warn?.(note);
        renameSync(dir, old);
      }
      renameSync(tmp, dir);
      rmSync(old, { recursive: true, force: true });
    } else rmSync(tmp, { recursive: true, force: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
    throw error;
  }
  return written;
}
