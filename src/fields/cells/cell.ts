/**
 * A field cell as the pipeline reads it: aliases.csv (kind `field`) first, for the whole cell,
 * then the catalogue (`resolveFields`), then aliases again for each part the catalogue could
 * not read. A part still unread is *unresolved*: it goes into the fix loop under its own text,
 * so one alias line (`field,畜牧兽医,0906`) fixes every cell that holds it.
 */
import { fieldCodes } from "../../aliases/canonical.ts";
import type { AliasKind } from "../../aliases/kinds.ts";
import type { AliasBook } from "../../aliases/load.ts";
import { loadAliases } from "../../aliases/load.ts";
import { resolveFields } from "../../disciplines/resolve.ts";
import type { Lang } from "../../messages/lang.ts";

export interface CellResolution {
  /** Distinct discipline codes, sorted. */
  readonly codes: readonly string[];
  /** Parts no alias and no catalogue term read, as written (canonical form). */
  readonly unresolved: readonly string[];
  /** `alias` when an aliases.csv line decided the cell or one of its parts. */
  readonly via: "alias" | "catalogue";
}

/** What an alias's canonical code (`0805;0817` or `none`) stands for. */
function aliasCodes(canonical: string): string[] {
  return canonical === "none" ? [] : canonical.split(";");
}

/**
 * The resolver of one run. `hidden` is the placeholder normalise puts where a roster cell
 * looked like a phone, ID number or e-mail: it names nothing and is reported as it is.
 */
export function fieldCellResolver(
  aliases: Pick<AliasBook, "get">,
  hidden: string,
): (raw: string) => CellResolution {
  return (raw) => {
    if (raw === hidden) return { codes: [], unresolved: [hidden], via: "catalogue" };
    const whole = aliases.get("field", raw);
    if (whole !== undefined) return { codes: aliasCodes(whole), unresolved: [], via: "alias" };
    const read = resolveFields(raw);
    const codes = new Set(read.codes);
    const unresolved: string[] = [];
    let via: CellResolution["via"] = "catalogue";
    for (const part of read.unmatched) {
      const alias = aliases.get("field", part);
      if (alias === undefined) {
        unresolved.push(part);
        continue;
      }
      via = "alias";
      for (const code of aliasCodes(alias)) codes.add(code);
    }
    return { codes: [...codes].sort(), unresolved, via };
  };
}

/**
 * The workspace's field aliases. Normalise reads the same file and reports its bad lines; here
 * only `field` lines are checked (others are kept as written and never asked for), so no
 * warning is given twice and no place-name resolver is built.
 */
export function loadFieldAliases(dir: string, lang: Lang): Pick<AliasBook, "get" | "size"> {
  const check = (kind: AliasKind, text: string) => (kind === "field" ? fieldCodes(text) : text);
  return loadAliases(dir, check, lang).book;
}
