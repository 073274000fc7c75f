import { existsSync, mkdirSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import type { App } from "../context.ts";
import { ExitCode, redactedMessage, UserError } from "../errors.ts";
import { atPath, atPathAsync, runFailure } from "../fs/errors.ts";
import type { Log } from "../log.ts";
import { lockMessages, warehouseMessages } from "../messages/faults.ts";
import type { Lang } from "../messages/lang.ts";
import { checkPersonKeys } from "../people/keyEpoch.ts";
import type { openWarehouse } from "../warehouse/connect.ts";
import { isDamagedBlock, openRunWarehouse } from "../warehouse/recover.ts";
import { queryRows, tableExists } from "../warehouse/sql.ts";
import type { Workspace } from "../workspace/load.ts";
import { scanWorkspace } from "../workspace/scan.ts";
import { diffFiles, type FileChange, readIngested } from "./changes.ts";
import { fingerprint } from "./fingerprint.ts";
import {
  ensureHistory,
  finishRun,
  lastGood,
  markInterrupted,
  type Outcome,
  type StageTime,
  startRun,
} from "./history.ts";
import { filesReadBy } from "./ingested.ts";
import { acquireLock, lockPath } from "./lock.ts";
import { releaseOnSignal } from "./signals.ts";
import { discardStaging, recoverOutput, stagingFolder, swapInto } from "./swap.ts";
import { codeVersion } from "./version.ts";

export interface RunRequest {
  /** `run` reads every file and always writes; `refresh` reads what changed, or does nothing. */
  readonly command: "run" | "refresh";
  readonly data: string;
  readonly out: string;
  readonly db: string;
  readonly lang: Lang;
  readonly pdf: boolean;
  /** Exit 0, not 3, when rows or files were set aside. */
  readonly rejectsOk: boolean;
  readonly log: Log;
  readonly now?: () => Date;
  /** Pins the code version (tests); else hashed from the sources. */
  readonly codeVersion?: string;
  /** Release the lock on SIGINT/SIGTERM/SIGHUP and exit (the CLI; not in tests). */
  readonly handleSignals?: boolean;
  /** The stages, from the entry point (pipelines/main.ts; tests pass pipelines' own). */
  readonly app: App;
}

export interface RunResult {
  readonly runId: number;
  readonly outcome: Exclude<Outcome, "running" | "interrupted">;
  readonly exitCode: ExitCode;
  readonly seconds: number;
  readonly stages: readonly StageTime[];
  readonly changes: readonly FileChange[];
}

/**
 * One run, as the CLI's `run` and `refresh` do it: under the workspace's lock, recorded in
 * the warehouse's `runs` table, the reports written beside the output folder and swapped in
 * whole. A refresh that finds nothing changed since the last good run (same files, settings,
 * code and options; reports in place) runs no stage and leaves the reports as they are.
 */
export async function executeRun(request: RunRequest): Promise<RunResult> {
  const { log } = request;
  const now = request.now ?? (() => new Date());
  const started = performance.now();
  // chains.json and talentmap.json are read (with zod, some 150 ms to load) only when the run
  // has work to do; a missing workspace is reported at once.
  if (!existsSync(join(request.data, "chains.json"))) await readWorkspace(request.data);
  // A refusal of the file system (read-only, full, a file in the way) names the path: fsErrors.
  const { lang } = request;
  const lockFile = lockPath(request.data);
  const lock = atPath(
    (at) => (at === lockFile || at.startsWith(`${lockFile}.`) ? "lock" : "state"),
    lockFile,
    lang,
    () => acquireLock(request.data, request.command, now),
  );
  // What a signal must undo: the lock, and this run's unfinished output folder.
  const unfinished: Unfinished = { tmp: null, swapped: false };
  const stopHandling = request.handleSignals
    ? releaseOnSignal(() => {
        if (unfinished.tmp) discardStaging(unfinished.tmp);
        lock.release();
        return { swapped: unfinished.swapped };
      })
    : () => {};
  try {
    if (lock.tookOver) {
      const t = lock.tookOver;
      log.warn(
        `took over the lock left by pid ${t.pid} on ${t.host} (${t.command} started ${t.startedAt}), which is no longer running`,
      );
    }
    if (lock.tookOverUnreadable) {
      const { bytes, modifiedAt } = lock.tookOverUnreadable;
      log.warn(lockMessages.tookOverUnreadable(lock.path, bytes, modifiedAt)[lang]);
    }
    for (const note of atPath("out", request.out, lang, () => recoverOutput(request.out)))
      log.warn(note);
    // A damaged warehouse is moved aside and rebuilt from the inputs (recover.ts).
    const warehouse = await atPathAsync("warehouse", request.db, lang, () => {
      mkdirSync(dirname(request.db), { recursive: true });
      return openRunWarehouse(request.db, { lang, now: now(), warn: (m) => log.warn(m) });
    });
    try {
      return await underLock(request, warehouse.connection, now, started, unfinished);
    } catch (error) {
      if (isDamagedBlock(error))
        throw new UserError(warehouseMessages.damagedDuringRun(request.db)[lang]);
      throw runFailure(error, request, lang);
    } finally {
      warehouse.close();
    }
  } finally {
    stopHandling();
    lock.release();
  }
}

/** What a signal must undo or report: this run's unfinished folder, and whether it swapped. */
interface Unfinished {
  tmp: string | null;
  swapped: boolean;
}

async function readWorkspace(dir: string): Promise<Workspace> {
  const { loadWorkspace } = await import("../workspace/load.ts");
  return loadWorkspace(dir);
}

async function underLock(
  request: RunRequest,
  db: Awaited<ReturnType<typeof openWarehouse>>["connection"],
  now: () => Date,
  started: number,
  unfinished: Unfinished,
): Promise<RunResult> {
  const { log, command, out } = request;
  await ensureHistory(db);
  const interrupted = await markInterrupted(db);
  if (interrupted > 0)
    log.warn(
      `${interrupted} earlier run${interrupted > 1 ? "s were" : " was"} interrupted (see talentmap status); this run starts from what they committed`,
    );
  // The secret must be the one this warehouse's person keys were made with (keyEpoch.ts).
  const { keyCheck } = await checkPersonKeys(db, {
    data: request.data,
    db: request.db,
    lang: request.lang,
    warn: (message) => log.warn(message),
    now: now(),
  });
  const scan = scanWorkspace(request.data);
  const version = request.codeVersion ?? codeVersion();
  const print = fingerprint(scan, {
    codeVersion: version,
    lang: request.lang,
    pdf: request.pdf,
    out,
    keyCheck,
  });
  const changes = diffFiles(scan.files, await readIngested(db));
  const good = await lastGood(db);
  const runId = await startRun(db, {
    command,
    startedAt: now(),
    pid: process.pid,
    host: hostname(),
    fingerprint: print,
    out,
    settings: scan.settings,
    files: scan.files.length,
    changes,
  });
  log.event?.("run-start", { runId, command, files: scan.files.length, changes });
  log.stage(command, describeChanges(changes, scan.files.length, good !== null));
  const seconds = () => (performance.now() - started) / 1000;
  const exitFor = (rejects: boolean) =>
    rejects && !request.rejectsOk ? ExitCode.completedWithRejects : ExitCode.ok;

  if (
    command === "refresh" &&
    good?.fingerprint === print &&
    existsSync(join(out, "summary.json"))
  ) {
    // The exit code of the reports kept: those of the run that wrote them.
    const exitCode = exitFor((good.wrote_rejects ?? 0) > 0);
    const result = {
      runId,
      outcome: "unchanged",
      exitCode,
      seconds: seconds(),
      stages: [],
      changes,
    } as const;
    await finishRun(db, runId, {
      ...result,
      endedAt: now(),
      filesRead: 0,
      error: null,
      kept: good.wrote,
    });
    log.info(
      `talentmap: nothing changed since run ${good.wrote} wrote ${out}; left as it was (${result.seconds.toFixed(2)} s)`,
    );
    log.event?.("run-end", { ...result });
    return result;
  }

  const tmp = atPath("out", out, request.lang, () => stagingFolder(out));
  unfinished.tmp = tmp;
  try {
    const workspace = await readWorkspace(request.data);
    const runPipeline = await request.app.loadPipeline();
    const timings = await runPipeline({
      db,
      log,
      now,
      workspace,
      out: tmp,
      lang: request.lang,
      pdf: request.pdf,
      ingestMode: command === "refresh" ? "incremental" : "full",
      scan,
      codeVersion: version,
      runId,
    });
    for (const note of swapInto(tmp, out, { lang: request.lang, now: now() })) log.warn(note);
    unfinished.tmp = null;
    unfinished.swapped = true;
    const rejects = await hasRejects(db);
    const exitCode = exitFor(rejects);
    const stages = timings.stages.map((s) => ({ name: s.name, seconds: s.ms / 1000 }));
    const outcome = rejects ? "rejects" : "ok";
    const result = { runId, outcome, exitCode, seconds: seconds(), stages, changes } as const;
    const filesRead = await filesReadBy(db, runId);
    await finishRun(db, runId, { ...result, endedAt: now(), filesRead, error: null });
    log.info(`talentmap: wrote ${out} in ${result.seconds.toFixed(1)} s (run ${runId})`);
    log.event?.("run-end", { ...result, filesRead });
    return result;
  } catch (thrown) {
    discardStaging(tmp);
    const error = isDamagedBlock(thrown)
      ? new UserError(warehouseMessages.damagedDuringRun(request.db)[request.lang])
      : runFailure(thrown, request, request.lang);
    const exitCode = error instanceof UserError ? error.exitCode : ExitCode.failed;
    try {
      await finishRun(db, runId, {
        outcome: "failed",
        exitCode,
        endedAt: now(),
        seconds: seconds(),
        stages: [],
        filesRead: null,
        error: redactedMessage(error),
      });
      log.event?.("run-end", { runId, outcome: "failed", exitCode, error: redactedMessage(error) });
    } catch {
      // The history could not be written (the warehouse itself failed): the error says why.
    }
    throw error;
  }
}

async function hasRejects(db: Awaited<ReturnType<typeof openWarehouse>>["connection"]) {
  if (!(await tableExists(db, "rejects"))) return false;
  const [row] = await queryRows<{ any: boolean }>(db, "select count(*) > 0 as any from rejects");
  return row?.any === true;
}

/** "3 files changed since the last read: …" for the log; file names, never contents. */
function describeChanges(changes: readonly FileChange[], files: number, before: boolean): string {
  if (!before) return `${files} input files; no earlier good run in this warehouse: reading all`;
  if (changes.length === 0) return `${files} input files, none added, changed or removed`;
  const shown = changes.slice(0, 10).map((c) => `${c.file} (${c.change})`);
  const more = changes.length > shown.length ? `, and ${changes.length - shown.length} more` : "";
  return `${files} input files; since last read: ${shown.join(", ")}${more}`;
}
