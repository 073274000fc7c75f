import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { ExitCode, UserError } from "../errors.ts";
import { bootId, isAlive, processStart } from "./process.ts";

/** Who holds a workspace's lock: written as JSON into `<workspace>/.talentmap/lock`. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO time the holder took the lock. */
  readonly startedAt: string;
  readonly command: string;
  /** The holder's start time in clock ticks since boot (Linux), to tell a reused pid apart. */
  readonly processStart?: number | null;
  readonly bootId?: string | null;
}

export interface Lock {
  readonly path: string;
  readonly holder: LockHolder;
  /** The holder found dead and replaced, if any. */
  readonly tookOver: LockHolder | null;
  release(): void;
}

export const lockPath = (workspaceDir: string) => join(workspaceDir, ".talentmap", "lock");

/** Another run holds the workspace: exit code 4, with who, where and since when. */
export class LockedError extends UserError {
  constructor(
    readonly holder: LockHolder | null,
    path: string,
  ) {
    super(
      holder
        ? `another talentmap run holds this workspace: pid ${holder.pid} on ${holder.host}, ${holder.command} started ${holder.startedAt} (lock ${path}). Wait for it to end; if that process is gone (another machine, or a crash there), delete the lock file.`
        : `another talentmap run holds this workspace (lock ${path}, unreadable). Wait for it to end, or delete the lock file if no run is going on.`,
      ExitCode.locked,
    );
    this.name = "LockedError";
  }
}

/**
 * Whether the holder is certainly gone: on this host, its pid is dead, or alive but started
 * at another time or in another boot (the pid was reused). A lock from another host is never
 * judged stale: its process cannot be seen from here.
 */
export function isStale(holder: LockHolder, host = hostname()): boolean {
  if (holder.host !== host) return false;
  if (holder.bootId && bootId() && holder.bootId !== bootId()) return true;
  if (!isAlive(holder.pid)) return true;
  const started = processStart(holder.pid);
  return holder.processStart != null && started !== null && started !== holder.processStart;
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    if (typeof parsed.pid !== "number" || typeof parsed.host !== "string") return null;
    return {
      pid: parsed.pid,
      host: parsed.host,
      startedAt: String(parsed.startedAt ?? "?"),
      command: String(parsed.command ?? "?"),
      processStart: parsed.processStart ?? null,
      bootId: parsed.bootId ?? null,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw error;
    return null;
  }
}

/** Creates the lock file with O_EXCL: exactly one process succeeds. */
function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

const sameHolder = (a: LockHolder | null, b: LockHolder) =>
  a !== null && a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt;

/**
 * Moves a stale lock aside and checks that what moved is the lock judged stale: if a live run
 * took the lock in between, its lock is put back (link fails if yet another took it).
 */
function moveAside(path: string, stale: LockHolder): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  let moved: LockHolder | null = null;
  try {
    moved = readHolder(aside);
  } catch {
    moved = null;
  }
  if (!sameHolder(moved, stale)) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else holds the lock now; theirs stays.
    }
  }
  unlinkSync(aside);
}

/**
 * Takes `<workspace>/.talentmap/lock` for this process, or throws LockedError naming the
 * holder. A lock left by a process that is gone (killed, crashed, machine rebooted) is taken
 * over. The lock is released by `release()`; a SIGKILLed run leaves it, and the next run
 * takes it over.
 */
export function acquireLock(
  workspaceDir: string,
  command: string,
  now: () => Date = () => new Date(),
): Lock {
  const path = lockPath(workspaceDir);
  mkdirSync(join(workspaceDir, ".talentmap"), { recursive: true });
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: now().toISOString(),
    command,
    processStart: processStart(process.pid),
    bootId: bootId(),
  };
  let tookOver: LockHolder | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, holder)) {
      let released = false;
      return {
        path,
        holder,
        tookOver,
        release() {
          if (released) return;
          released = true;
          try {
            if (sameHolder(readHolder(path), holder)) unlinkSync(path);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    }
    let current: LockHolder | null;
    try {
      current = readHolder(path);
    } catch {
      continue; // released between our attempt and the read: try again
    }
    if (current === null || !isStale(current)) throw new LockedError(current, path);
    tookOver = current;
    moveAside(path, current);
  }
  throw new LockedError(null, path);
}
