import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { ExitCode, UserError } from "../errors.ts";
import type { Lang } from "../messages/lang.ts";
import { folderMessages } from "../messages/safety.ts";

/**
 * Where the workspace, the output folder and the warehouse may be relative to each other.
 * Compared by real path (symlinks resolved, of the part that exists), so a link to the
 * workspace named as --out is the workspace.
 */
export function realPath(path: string): string {
  const absolute = resolve(path);
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return join(realpathSync.native(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return absolute;
      rest.push(basename(at));
      at = up;
    }
  }
}

/** Whether `path` is `folder` or inside it (both real paths). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * run and refresh: --out neither the workspace nor inside it (the reports would publish the
 * rosters and the secret), the workspace not inside --out (every swap would take it along),
 * and the warehouse not inside --out (it would go with the old reports at every swap).
 */
export function checkRunPaths(paths: { data: string; out: string; db: string }, lang: Lang): void {
  const data = realPath(paths.data);
  const out = realPath(paths.out);
  const db = realPath(paths.db);
  if (isWithin(out, data))
    throw new UserError(folderMessages.outInData(paths.out, paths.data)[lang], ExitCode.usage);
  if (isWithin(data, out))
    throw new UserError(folderMessages.dataInOut(paths.data, paths.out)[lang], ExitCode.usage);
  if (isWithin(db, out))
    throw new UserError(folderMessages.dbInOut(paths.db, paths.out)[lang], ExitCode.usage);
}

/**
 * export: the export folder is not a workspace nor inside one (a folder holding chains.json
 * or `.talentmap/secret`: the export has no --data, so it is found by looking up), and does
 * not hold the warehouse it reads.
 */
export function checkExportPaths(paths: { dir: string; db: string }, lang: Lang): void {
  const dir = realPath(paths.dir);
  if (isWithin(realPath(paths.db), dir))
    throw new UserError(folderMessages.dbInExport(paths.db, paths.dir)[lang], ExitCode.usage);
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, "chains.json")) || existsSync(join(at, ".talentmap", "secret")))
      throw new UserError(folderMessages.exportInWorkspace(paths.dir, at)[lang], ExitCode.usage);
    if (dirname(at) === at) return;
  }
}
