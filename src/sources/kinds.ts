import type { SheetSource } from "../readers/types.ts";
import type { InputKind } from "../workspace/files.ts";
import { demandHeaders, demandRequired } from "./demand/headers.ts";
import { type AliasTable, findHeaderRow, type HeaderRow } from "./headerMatch.ts";
import { rosterHeaders, rosterIdentity } from "./roster/headers.ts";

/** The headers a kind of file is read by, and the fields a header row must name. */
export const kindHeaders: Record<
  InputKind,
  { readonly aliases: AliasTable<string>; readonly mustHave: readonly string[] }
> = {
  demand: { aliases: demandHeaders, mustHave: demandRequired },
  roster: { aliases: rosterHeaders, mustHave: rosterIdentity },
};

/** The header of a sheet read as `kind`, as ingest and inspect find it; null for none. */
export function sheetHeader(sheet: SheetSource, kind: InputKind): HeaderRow<string> | null {
  const { aliases, mustHave } = kindHeaders[kind];
  return findHeaderRow<string>(sheet.preview, aliases, mustHave, { merges: sheet.merges });
}
