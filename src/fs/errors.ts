import { UserError } from "../errors.ts";
import { fsMessage, knownFsCode, type PathRole } from "../messages/faults.ts";
import type { Lang } from "../messages/lang.ts";
import { escapeControls } from "../text/escape.ts";

/**
 * A file system's refusal (a read-only workspace, a full disk, a file where a folder should
 * be) is something the user fixes, not a bug: it becomes a UserError naming the path and the
 * fix, in the run's language, never "unexpected error" with the path hidden.
 */
export class FsUserError extends UserError {
  constructor(
    readonly code: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "FsUserError";
  }
}

/** A Node file system error: an errno code, and the path it was about. */
export function isFsError(
  error: unknown,
): error is NodeJS.ErrnoException & { code: string; syscall: string } {
  const e = error as NodeJS.ErrnoException | null;
  return (
    e instanceof Error &&
    typeof e.code === "string" &&
    typeof e.syscall === "string" &&
    /^E[A-Z]+$/.test(e.code)
  );
}

/**
 * The UserError for a file system error met while handling `path` as `role`; the path the
 * call failed on (a parent folder mkdir could not create) is named when Node gives it.
 */
export function fsUserError(
  error: NodeJS.ErrnoException & { code: string },
  role: PathRole | ((at: string) => PathRole),
  path: string,
  lang: Lang,
): FsUserError {
  const at = typeof error.path === "string" ? error.path : path;
  const what = typeof role === "function" ? role(at) : role;
  return new FsUserError(error.code, at, fsMessage(error.code, escapeControls(at), what, lang));
}

/** Runs `work`; a file system error it throws becomes the UserError for `path` as `role`. */
export function atPath<T>(
  role: PathRole | ((at: string) => PathRole),
  path: string,
  lang: Lang,
  work: () => T,
): T {
  try {
    return work();
  } catch (error) {
    throw isFsError(error) ? fsUserError(error, role, path, lang) : error;
  }
}

/** As atPath, for async work. */
export async function atPathAsync<T>(
  role: PathRole,
  path: string,
  lang: Lang,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isFsError(error) ? fsUserError(error, role, path, lang) : error;
  }
}

export { knownFsCode };

/** What DuckDB's IO errors say of the file system, as errno codes (it gives no code). */
const duckdbCodes: readonly [RegExp, string][] = [
  [/Permission denied/i, "EACCES"],
  [/Read-only file system/i, "EROFS"],
  [/No space left on device/i, "ENOSPC"],
  [/Disk quota exceeded/i, "EDQUOT"],
  [/Is a directory/i, "EISDIR"],
  [/Not a directory/i, "ENOTDIR"],
  [/No such file or directory/i, "ENOENT"],
  [/Input\/output error/i, "EIO"],
];

/** The errno code a DuckDB IO error's message stands for; null for any other error. */
export function duckdbFsCode(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  if (!/^IO Error:/.test(message)) return null;
  return duckdbCodes.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/**
 * The error a failed run reports and records: a file system error, Node's or DuckDB's (a
 * full disk while the warehouse or its spill files are written), becomes the UserError for
 * the place it was about (the output folder or this run's folder beside it, the workspace,
 * the warehouse); anything else is as thrown.
 */
export function runFailure(
  error: unknown,
  places: { data: string; out: string; db: string },
  lang: Lang,
): unknown {
  const duckdb = isFsError(error) ? null : duckdbFsCode(error);
  if (!isFsError(error) && duckdb === null) return error;
  const quoted = /"([^"]+)"/.exec((error as Error).message)?.[1];
  const at = isFsError(error)
    ? typeof error.path === "string"
      ? error.path
      : ""
    : (quoted ?? places.db);
  const under = (dir: string) => at === dir || at.startsWith(`${dir}/`);
  // The warehouse first: by default it is `<out>.duckdb`, which `<out>.` would also match.
  const role: PathRole = at.startsWith(places.db)
    ? "warehouse"
    : under(places.out) || at.startsWith(`${places.out}.`)
      ? "out"
      : under(places.data)
        ? "workspace"
        : "path";
  if (isFsError(error)) return fsUserError(error, role, at, lang);
  const code = duckdb as string;
  return new FsUserError(code, at, fsMessage(code, escapeControls(at), role, lang));
}
