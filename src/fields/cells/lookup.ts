/**
 * `field_lookup`: each distinct field text of the demand and roster rows, and each distinct
 * position of a demand row with no field, resolved once in TypeScript and written through the
 * appender; the stage joins it back in SQL. Beside it, two scratch tables for the fix loop:
 * the parts of each text that named nothing (`field_parts`) and the suggested mappings of
 * each such part (`field_part_suggestions`).
 */
import type { DuckDBAppender, DuckDBConnection } from "@duckdb/node-api";
import type { Suggestion } from "../../aliases/suggest.ts";
import { resolveFields } from "../../disciplines/resolve.ts";
import type { CellResolution } from "./cell.ts";

export interface LookupCounts {
  readonly texts: number;
  readonly positions: number;
  readonly parts: number;
}

/** Appends the cells and ends the row. */
function appendRow(appender: DuckDBAppender, values: readonly (string | number | null)[]): void {
  appendCells(appender, values);
  appender.endRow();
}

function appendCells(appender: DuckDBAppender, values: readonly (string | number | null)[]): void {
  for (const value of values) {
    if (value === null) appender.appendNull();
    else if (typeof value === "number") appender.appendInteger(value);
    else appender.appendVarchar(value);
  }
}

async function distinctTexts(db: DuckDBConnection, sql: string): Promise<string[]> {
  const reader = await db.runAndReadAll(sql);
  return (reader.getRowsJS() as [string][]).map(([text]) => text);
}

export interface LookupOptions {
  readonly resolveCell: (raw: string) => CellResolution;
  readonly suggest: (raw: string) => Suggestion[];
  /** The placeholder of a hidden personal-looking cell: reported, never given suggestions. */
  readonly hidden: string;
}

export async function buildFieldLookup(
  db: DuckDBConnection,
  { resolveCell, suggest, hidden }: LookupOptions,
): Promise<LookupCounts> {
  await db.run(`create or replace table field_lookup (source varchar, raw varchar,
    discipline varchar, via varchar)`);
  await db.run("create or replace temp table field_parts (raw varchar, part varchar)");
  await db.run(`create or replace temp table field_part_suggestions (part varchar,
    rank integer, canonical varchar, label varchar, score double)`);
  const texts = await distinctTexts(
    db,
    `select field from demand where field is not null
     union select field from person_facets where field is not null order by 1`,
  );
  // A position speaks for the field only on a row that leaves the field blank.
  const positions = await distinctTexts(
    db,
    "select distinct position from demand where field is null and position is not null order by 1",
  );
  const lookup = await db.createAppender("field_lookup");
  const parts = await db.createAppender("field_parts");
  const unresolved = new Set<string>();
  try {
    for (const raw of texts) {
      const cell = resolveCell(raw);
      if (cell.codes.length === 0) appendRow(lookup, ["field", raw, null, cell.via]);
      for (const code of cell.codes) appendRow(lookup, ["field", raw, code, cell.via]);
      for (const part of cell.unresolved) {
        appendRow(parts, [raw, part]);
        unresolved.add(part);
      }
    }
    for (const raw of positions) {
      const { codes } = resolveFields(raw);
      if (codes.length === 0) appendRow(lookup, ["position", raw, null, "catalogue"]);
      for (const code of codes) appendRow(lookup, ["position", raw, code, "catalogue"]);
    }
    lookup.flushSync();
    parts.flushSync();
  } finally {
    lookup.closeSync();
    parts.closeSync();
  }
  const suggestions = await db.createAppender("field_part_suggestions");
  try {
    for (const part of [...unresolved].sort()) {
      if (part === hidden) continue;
      suggest(part).forEach((s, i) => {
        appendCells(suggestions, [part, i + 1, s.canonical, s.label]);
        suggestions.appendDouble(s.score);
        suggestions.endRow();
      });
    }
    suggestions.flushSync();
  } finally {
    suggestions.closeSync();
  }
  return { texts: texts.length, positions: positions.length, parts: unresolved.size };
}
