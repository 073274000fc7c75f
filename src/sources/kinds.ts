import type { SheetSource } from "../readers/types.ts";
import type { RowCheck } from "./checks.ts";
import { demandChecks } from "./demand/checks.ts";
import { demandHeaders, demandRequired } from "./demand/headers.ts";
import { type AliasTable, findHeaderRow, type HeaderRow } from "./headerMatch.ts";
import { rosterChecks } from "./roster/checks.ts";
import { rosterHeaders, rosterIdentity } from "./roster/headers.ts";

export type InputKind = "demand" | "roster";

/**
 * A kind of input file, all the pipeline knows of it in one place: the workspace scan, ingest,
 * the rejects and `inspect` read these, and a new kind of file is one more entry.
 */
export interface InputKindSpec {
  readonly kind: InputKind;
  /** The workspace folder its files are in. */
  readonly folder: string;
  /** Its files sit in wave folders (surveys/2024H1/…); one elsewhere in the folder is misplaced. */
  readonly byWave: boolean;
  /** Field → the headers that name it, simplified and without spaces. */
  readonly headers: AliasTable<string>;
  /** A header row names at least one of these, with two other known columns. */
  readonly mustHaveOneOf: readonly string[];
  /** Why a row is set aside, in this order. */
  readonly checks: readonly RowCheck[];
  /** The temporary table its rows are staged in. */
  readonly staging: string;
  /** The table its loaded rows end in (pipelines/tables/ingest.ts). */
  readonly rowsTable: string;
  /** Fields whose values are personal: a reject says the cell was wrong, never what it held. */
  readonly personalFields: readonly string[];
  /** Any cell may be personal (a phone typed into 现工作地): a too-long cell is never shown. */
  readonly anyCellPersonal: boolean;
  /**
   * SQL over the staging table (less its rejects) for the rows kept in the warehouse between
   * runs, per file; null for rows read again by every run and never written to the file.
   */
  readonly keptRows: string | null;
}

export const demandKind: InputKindSpec = {
  kind: "demand",
  folder: "surveys",
  byWave: true,
  headers: demandHeaders,
  mustHaveOneOf: demandRequired,
  checks: demandChecks,
  staging: "demand_staging",
  rowsTable: "demand_rows",
  personalFields: [],
  anyCellPersonal: false,
  keptRows: `select * exclude (first_cell) replace (parse_headcount(headcount) as headcount)
    from demand_staging`,
};

/** Roster rows are personal data (PIPL): never kept between runs, never shown in a reject. */
export const rosterKind: InputKindSpec = {
  kind: "roster",
  folder: "rosters",
  byWave: false,
  headers: rosterHeaders,
  mustHaveOneOf: rosterIdentity,
  checks: rosterChecks,
  staging: "roster_staging",
  rowsTable: "roster_rows",
  personalFields: ["name", "gender", "birth", "idNumber", "phone", "email"],
  anyCellPersonal: true,
  keptRows: null,
};

/** Every kind, in the order the workspace lists them: surveys by wave, then rosters. */
export const inputKinds: readonly InputKindSpec[] = [demandKind, rosterKind];

export const inputKind: Readonly<Record<InputKind, InputKindSpec>> = {
  demand: demandKind,
  roster: rosterKind,
};

/** The fields a kind's staging table has a column for. */
export const kindFields = (spec: InputKindSpec): string[] => Object.keys(spec.headers);

/** The header of a sheet read as `kind`, as ingest and inspect find it; null for none. */
export function sheetHeader(sheet: SheetSource, kind: InputKind): HeaderRow<string> | null {
  const { headers, mustHaveOneOf } = inputKind[kind];
  return findHeaderRow<string>(sheet.preview, headers, mustHaveOneOf, { merges: sheet.merges });
}

/** The kind of the folder a path is under (surveys/…, rosters/…); null elsewhere. */
export function kindOfPath(path: string): InputKind | null {
  const parts = path.split(/[\\/]+/);
  let found: InputKindSpec | null = null;
  let at = -1;
  for (const spec of inputKinds) {
    const index = parts.lastIndexOf(spec.folder);
    if (index > at) [found, at] = [spec, index];
  }
  return found?.kind ?? null;
}
