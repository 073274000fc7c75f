import { existsSync, readFileSync, statSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { UserError } from "../errors.ts";
import { warehouseMessages } from "../messages/faults.ts";
import { openWarehouse, type Warehouse } from "../warehouse/connect.ts";
import { classifyOpenFailure } from "../warehouse/recover.ts";
import { queryRows, tableExists } from "../warehouse/sql.ts";
import { scanWorkspace, settingsFiles } from "../workspace/scan.ts";
import { diffFiles, type FileChange, readIngested } from "./changes.ts";
import { lastGood, type RunRecord, recentRuns, runFiles } from "./history.ts";
import { isStale, type LockHolder, lockPath, type UnreadableLock } from "./lock.ts";

export interface RunStatus extends RunRecord {
  /** Files the run found added, changed or removed since the warehouse last read them. */
  changes: FileChange[];
}

/** What `talentmap status` shows: no row data, only file names, counts and codes. */
export interface Status {
  workspace: string;
  warehouse: string;
  /** Who holds the workspace now; `stale` when the holder is gone (the next run takes over). */
  lock: (LockHolder & { stale: boolean }) | null;
  /** A lock file that names no holder (empty or garbled): the next run takes it over. */
  unreadableLock?: UnreadableLock | null;
  /** False when the warehouse could not be opened (a run is writing it). */
  historyAvailable: boolean;
  runs: RunStatus[];
  /**
   * What the next refresh would read: files added, changed or removed since the warehouse last
   * read them, and settings files changed since the last good run; null without a workspace.
   */
  pending: { files: FileChange[]; settings: string[] } | null;
  /** Files the last run set aside whole, with the reason code. */
  setAside: { file: string; error: string }[];
  /** Rows set aside per file by the last run. */
  rejectsByFile: { file: string; rows: number }[];
}

function readLock(workspace: string): Status["lock"] {
  const path = lockPath(workspace);
  if (!existsSync(path)) return null;
  try {
    const holder = JSON.parse(readFileSync(path, "utf8")) as LockHolder;
    return { ...holder, stale: isStale(holder) };
  } catch {
    return null;
  }
}

/**
 * Opens the warehouse read-only; null when a run holds it (DuckDB's own file lock). A damaged
 * or newer file is named with what to do; status never moves it (the next run does).
 */
async function openReadOnly(path: string): Promise<Warehouse | null> {
  try {
    return await openWarehouse(path, { readOnly: true });
  } catch (error) {
    const failure = classifyOpenFailure(error);
    if (failure.kind === "in-use") return null;
    if (failure.kind === "damaged")
      throw new UserError(warehouseMessages.damagedForStatus(path, failure.reason).en);
    if (failure.kind === "newer") throw new UserError(warehouseMessages.newer(path).en);
    throw new UserError(`cannot open ${path}: ${(error as Error).message}`);
  }
}

export async function readStatus(options: {
  workspace: string;
  warehouse: string;
  runs: number;
}): Promise<Status> {
  const { workspace, warehouse } = options;
  const status: Status = {
    workspace,
    warehouse,
    lock: existsSync(workspace) ? readLock(workspace) : null,
    unreadableLock: null,
    historyAvailable: false,
    runs: [],
    pending: null,
    setAside: [],
    rejectsByFile: [],
  };
  if (status.lock === null && existsSync(lockPath(workspace))) {
    const info = statSync(lockPath(workspace));
    status.unreadableLock = { bytes: info.size, modifiedAt: info.mtime.toISOString() };
  }
  if (!existsSync(warehouse)) {
    if (status.lock || status.unreadableLock) return status;
    throw new UserError(
      `no warehouse at ${warehouse}: no run has been recorded. Run "talentmap refresh" (or run) first, or pass --db (or --out) as given to it.`,
    );
  }
  const opened = await openReadOnly(warehouse);
  if (opened === null) return status;
  try {
    await fill(opened.connection, status, options.runs);
  } finally {
    opened.close();
  }
  return status;
}

async function fill(db: DuckDBConnection, status: Status, runs: number): Promise<void> {
  if (!(await tableExists(db, "runs"))) {
    throw new UserError(
      `${status.warehouse} holds no run history: it was made by an older talentmap. Run "talentmap refresh" once.`,
    );
  }
  status.historyAvailable = true;
  const holder = status.lock && !status.lock.stale ? status.lock.pid : null;
  for (const run of await recentRuns(db, runs)) {
    // A run still marked running whose process no longer holds the lock was killed; the
    // next run records it so.
    const outcome = run.outcome === "running" && run.pid !== holder ? "interrupted" : run.outcome;
    status.runs.push({ ...run, outcome, changes: await runFiles(db, run.run_id) });
  }
  if (existsSync(status.workspace)) {
    const scan = scanWorkspace(status.workspace);
    const good = await lastGood(db);
    const before = good?.settings
      ? (JSON.parse(good.settings) as Record<string, string | null>)
      : null;
    status.pending = {
      files: diffFiles(scan.files, await readIngested(db)),
      settings: before ? settingsFiles.filter((name) => before[name] !== scan.settings[name]) : [],
    };
  }
  if (await tableExists(db, "input_files")) {
    status.setAside = await queryRows<{ file: string; error: string }>(
      db,
      "select file, error from input_files where error is not null order by file",
    );
    status.rejectsByFile = await queryRows<{ file: string; rows: number }>(
      db,
      "select file, rows_rejected as rows from input_files where rows_rejected > 0 order by file",
    );
  }
}
