import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { chmod, mkdir, open, readdir, rm, rmdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { isAlive, processStart } from "../process.ts";
import { queryRows } from "../warehouse/sql.ts";

/**
 * Where the CSV reader writes the plain UTF-8 copies it gives DuckDB (a GB18030 or UTF-16
 * file transcoded, a file with damaged rows blanked): copies of rosters are personal data.
 * They live in one folder per process, mode 0700, files 0600, inside the warehouse's temporary
 * folder (DuckDB's temp_directory: `<warehouse>.tmp/` beside a warehouse file), never in the
 * shared system temp folder. Each copy is removed once read; a folder left by a process that
 * was killed is removed by the next run, which sweeps before it writes.
 */
const prefix = "talentmap-csv-";

/** This process's folder name: its pid and start time, so a reused pid is told apart. */
function ownName(): string {
  return `${prefix}${process.pid}-${processStart(process.pid) ?? 0}`;
}

/** The warehouse's temporary folder (the system's when DuckDB has none). */
export async function scratchBase(db: DuckDBConnection): Promise<string> {
  const [row] = await queryRows<{ dir: string | null }>(
    db,
    "select current_setting('temp_directory') as dir",
  );
  return row?.dir || join(tmpdir(), "talentmap-scratch");
}

/** Whether a scratch folder's name is that of a process that has ended. */
export function leftByDeadRun(name: string): boolean {
  const match = /^talentmap-csv-(\d+)-(\d+)$/.exec(name);
  if (match === null) return false;
  const pid = Number(match[1]);
  if (pid === process.pid) return name !== ownName();
  if (!isAlive(pid)) return true;
  const started = processStart(pid);
  return started !== null && String(started) !== match[2];
}

/**
 * Removes the folders of dead runs from the warehouse's temporary folder, and the copies the
 * talentmap of before this folder left in the system's (`talentmap-<pid>-<hex>.csv`, 0644).
 */
export async function sweepScratch(db: DuckDBConnection): Promise<void> {
  const base = await scratchBase(db);
  for (const name of await entries(base)) {
    if (leftByDeadRun(name)) await rm(join(base, name), { recursive: true, force: true });
  }
  for (const name of await entries(tmpdir())) {
    const legacy = /^talentmap-(\d+)-[0-9a-f]{12}\.csv$/.exec(name);
    if (legacy !== null && !isAlive(Number(legacy[1])))
      await rm(join(tmpdir(), name), { force: true });
  }
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

const removedAtExit = new Set<string>();

/**
 * A run stopped by SIGTERM, SIGINT or SIGHUP exits through process.exit (runs/signals.ts),
 * past every `finally`: its copies go then. Only SIGKILL leaves them, for the next sweep.
 */
function removeAtExit(folder: string): void {
  // One listener for every folder: a process that reads many warehouses (the tests) would
  // otherwise add one per folder.
  if (removedAtExit.size === 0) {
    process.once("exit", () => {
      for (const each of removedAtExit) rmSync(each, { recursive: true, force: true });
    });
  }
  removedAtExit.add(folder);
}

/** A new private file for one copy, and how to remove it. */
export interface ScratchFile {
  readonly path: string;
  remove(): Promise<void>;
}

/**
 * Creates an empty file, 0600, in this process's folder (made 0700 on first use, after the
 * sweep). The caller writes it and calls remove in a `finally`.
 */
export async function scratchFile(db: DuckDBConnection): Promise<ScratchFile> {
  const base = await scratchBase(db);
  await mkdir(base, { recursive: true, mode: 0o700 });
  await sweepScratch(db);
  const folder = join(base, ownName());
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700); // whatever the umask, or an earlier run, made it
  removeAtExit(folder);
  const path = join(folder, `${randomBytes(6).toString("hex")}.csv`);
  await (await open(path, "wx", 0o600)).close();
  return {
    path,
    async remove() {
      await rm(path, { force: true });
      // The folder goes with its last copy; another copy still in it keeps it.
      await rmdir(folder).catch(() => {});
    },
  };
}
