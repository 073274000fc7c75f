import type { TableSpec } from "./table.ts";

const text = "VARCHAR";
const int = "INTEGER";

export const fieldLookup: TableSpec = {
  name: "field_lookup",
  grain:
    "one per distinct text and discipline it names (a text naming none: one row, discipline null)",
  columns: {
    source: [
      text,
      "`field`: a field text of a demand row or a roster row; `position`: the position of a demand row whose field is blank",
    ],
    raw: [
      text,
      "canonical text, as `demand.field`, `person_facets.field`, `demand.position` hold it",
    ],
    discipline: text,
    via: [
      text,
      "`alias` when an aliases.csv `field` line decided the text or one of its parts, else `catalogue`",
    ],
  },
};

export const demandFields: TableSpec = {
  name: "demand_fields",
  grain: "one per demand row and discipline",
  columns: {
    demand_id: int,
    discipline: text,
    via: [text, "`field`, or `position` for a row whose field is blank"],
  },
  note: 'A field naming no discipline ("不限专业", or text in the fix loop) gives the row none.',
};

export const personFields: TableSpec = {
  name: "person_fields",
  grain: "one per person and discipline",
  columns: { person_key: text, discipline: [text, "from any of the person's roster rows"] },
};

export const fieldUnresolved: TableSpec = {
  name: "field_unresolved",
  grain: "one per part of a field text that named no discipline, and side",
  columns: {
    raw: [text, "the part as written: 区块链 of 材料学、区块链"],
    side: [text, "`demand`/`roster`"],
    rows: [int, "rows holding it"],
    files: [text, "`;`-joined"],
    suggestions: [
      'STRUCT(canonical VARCHAR, "label" VARCHAR, score DOUBLE)[]',
      "up to three: discipline code, its name, similarity 0–1",
    ],
  },
};

export const fieldLevels: TableSpec = {
  name: "field_levels",
  grain:
    "chain × grain × code with demand in some wave or people in the chain, × side × level (zeros included)",
  columns: {
    chain_id: text,
    wave: [text, "null on the supply side"],
    grain: [text, "`discipline`, `category`"],
    code: text,
    side: [
      text,
      "`demand`: headcount by minimum education, per wave; `supply`: distinct people of the chain by education",
    ],
    level: text,
    rank: int,
    n: int,
  },
  note: "A row or person counts once in a category however many of its disciplines it names.",
};

export const fieldGaps: TableSpec = {
  name: "field_gaps",
  grain: "chain × wave × grain × code with demand in that wave, × demand education level",
  columns: {
    chain_id: text,
    wave: text,
    grain: text,
    code: text,
    level: text,
    rank: int,
    demand: int,
    matched: int,
    gap: [int, "the cascade of `gaps` within the code, over `field_levels`' supply"],
  },
};

export const fieldTables = [
  fieldLookup,
  demandFields,
  personFields,
  fieldUnresolved,
  fieldLevels,
  fieldGaps,
];
