import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { ExitCode, UserError } from "../errors.ts";
import { bootId, isAlive, processStart } from "../process.ts";

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

/** A lock file that names no holder (empty, or not the JSON of one), as found. */
export interface UnreadableLock {
  readonly bytes: number;
  /** ISO time the file was last written. */
  readonly modifiedAt: string;
}

export interface Lock {
  readonly path: string;
  readonly holder: LockHolder;
  /** The holder found dead and replaced, if any. */
  readonly tookOver: LockHolder | null;
  /** An unreadable lock, older than unreadableGraceMs, replaced, if any. */
  readonly tookOverUnreadable: UnreadableLock | null;
  release(): void;
}

/**
 * How old an unreadable lock must be to be taken over. Since the lock is written whole under
 * another name and then linked in place, no run of this version ever shows an incomplete one;
 * an older version wrote it in place within a millisecond of creating it. So an empty or
 * garbled lock older than this was left by a run that could not finish writing it (a full
 * disk, a crash before the data reached the disk): no live run holds it.
 */
export const unreadableGraceMs = 10_000;

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
        : `another talentmap run holds this workspace (lock ${path}, unreadable, written less than ${unreadableGraceMs / 1000} s ago). Run again in a few seconds: an unreadable lock older than that is taken over.`,
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

/**
 * Creates the lock whole, or not at all: the holder is written and synced to a file of this
 * process, which is then hard-linked to the lock's name (link fails if the name exists:
 * exactly one process succeeds). A full disk fails the write, before the lock exists, so no
 * empty lock is ever left. Where the file system has no hard links, the lock is created with
 * O_EXCL and written in place, and removed if the write fails.
 */
function tryCreate(path: string, holder: LockHolder): boolean {
  const text = `${JSON.stringify(holder)}\n`;
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    writeWhole(tmp, text, "wx");
    try {
      linkSync(tmp, path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return false;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    }
  } finally {
    rmSync(tmp, { force: true });
  }
  try {
    writeWhole(path, text, "wx", true);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Writes and syncs a new file; with `removeOnFailure`, a file that could not be written goes. */
function writeWhole(path: string, text: string, flags: string, removeOnFailure = false): void {
  const fd = openSync(path, flags, 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    if (removeOnFailure) rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/** The lock as found when it names no holder: its size and age; null if it is gone. */
function unreadable(path: string): UnreadableLock | null {
  try {
    const info = statSync(path);
    return { bytes: info.size, modifiedAt: info.mtime.toISOString() };
  } catch {
    return null;
  }
}

const longUnreadable = (found: UnreadableLock) =>
  Date.now() - Date.parse(found.modifiedAt) > unreadableGraceMs;

/** Files a run killed between writing its holder and linking it left (older than a minute). */
function removeLeftoverTemporaries(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith("lock.tmp-")) continue;
    try {
      if (Date.now() - statSync(join(dir, name)).mtimeMs > 60_000) rmSync(join(dir, name));
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

const sameHolder = (a: LockHolder | null, b: LockHolder) =>
  a !== null && a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt;

/**
 * Moves a stale lock aside and checks that what moved is the lock judged stale (or, for
 * `stale` null, still unreadable): if a live run took the lock in between, its lock is put
 * back (link fails if yet another took it).
 */
function moveAside(path: string, stale: LockHolder | null): void {
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
  if (stale === null ? moved !== null : !sameHolder(moved, stale)) {
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
 * over, as is an unreadable one older than unreadableGraceMs. The lock is released by `release()`; a SIGKILLed run leaves it, and the next run
 * takes it over.
 */
export function acquireLock(
  workspaceDir: string,
  command: string,
  now: () => Date = () => new Date(),
): Lock {
  const path = lockPath(workspaceDir);
  mkdirSync(join(workspaceDir, ".talentmap"), { recursive: true });
  removeLeftoverTemporaries(join(workspaceDir, ".talentmap"));
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: now().toISOString(),
    command,
    processStart: processStart(process.pid),
    bootId: bootId(),
  };
  let tookOver: LockHolder | null = null;
  let tookOverUnreadable: UnreadableLock | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, holder)) {
      let released = false;
      return {
        path,
        holder,
        tookOver,
        tookOverUnreadable,
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
    if (current === null) {
      const found = unreadable(path);
      if (found === null) continue; // released meanwhile
      if (!longUnreadable(found)) throw new LockedError(null, path);
      tookOverUnreadable = found;
      moveAside(path, null);
      continue;
    }
    if (!isStale(current)) throw new LockedError(current, path);
    tookOver = current;
    moveAside(path, current);
  }
  throw new LockedError(null, path);
}
