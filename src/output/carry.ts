import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Lang } from "../messages/lang.ts";
import { folderMessages } from "../messages/safety.ts";
import { markerName, type Owned } from "./marker.ts";

/**
 * Copies into the new folder `to` every file of the old folder `from` that talentmap did not
 * write (`owned` says which it did), at the same place, whatever its name or extension: the
 * old folder is removed after the swap, and with it only talentmap's own files. A file of the
 * user's where the new folder has one of talentmap's is kept beside it as
 * `<name>.kept-<time>`, never overwritten. Returns what it kept so, for the log.
 */
export function carryOver(from: string, to: string, owned: Owned, now: Date, lang: Lang): string[] {
  const notes: string[] = [];
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
  const copy = (path: string, dest: string) => {
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(join(from, path), dest, {
      recursive: true,
      preserveTimestamps: true,
      verbatimSymlinks: true,
    });
  };
  const keepBeside = (path: string) => {
    let kept = `${path}.kept-${stamp}`;
    for (let n = 2; existsSync(join(to, kept)); n++) kept = `${path}.kept-${stamp}-${n}`;
    copy(path, join(to, kept));
    notes.push(folderMessages.userFileKept(path, kept)[lang]);
  };
  const walk = (dir: string) => {
    const entries = readdirSync(join(from, dir), { withFileTypes: true });
    if (entries.length === 0 && dir !== "" && !existsSync(join(to, dir)))
      mkdirSync(join(to, dir), { recursive: true });
    for (const entry of entries) {
      const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (path === markerName) continue;
      const dest = join(to, path);
      const there = lstatOrNull(dest);
      if (entry.isDirectory()) {
        if (there === null || there.isDirectory()) walk(path);
        else keepBeside(path);
      } else if (!owned(path)) {
        if (there === null) copy(path, dest);
        else keepBeside(path);
      }
    }
  };
  walk("");
  return notes;
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
