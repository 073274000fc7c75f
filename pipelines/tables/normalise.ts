import type { TableSpec } from "./table.ts";

const text = "VARCHAR";
const int = "INTEGER";

export const valueLookup: TableSpec = {
  name: "value_lookup",
  grain: "one per distinct raw value, kind and side",
  columns: {
    kind: [
      text,
      "`education`,`title`,`skill`,`urgency`,`region`,`location`,`chain`,`sector`,`category`,`intention`, and `field`,`position` as canonical text",
    ],
    side: [text, "`demand`/`roster`"],
    raw: [
      text,
      "`''` for a blank cell; a roster cell that looks like a phone, ID number or e-mail is replaced by the hidden-value placeholder",
    ],
    code: [text, "null when unresolved; a sector keeps its canonical text"],
    province: [text, "roster locations"],
    status: [
      text,
      "`ok`,`unresolved`,`ambiguous`; a sector is `unresolved` when it is no sector of chains.json",
    ],
    via: [text, "`alias` when an aliases.csv line decided, else `vocabulary`"],
  },
};

export const demand: TableSpec = {
  name: "demand",
  grain: "one per loaded demand row",
  columns: {
    demand_id: int,
    file: text,
    sheet: text,
    row_number: int,
    wave: text,
    employer: text,
    credit_code: text,
    chain_named: [text, "chain id the chain column names, or null"],
    sector: text,
    position: text,
    field: text,
    education: [text, "ladder key, `none` when blank"],
    title: text,
    skill: text,
    headcount: int,
    urgency: text,
    region_code: [text, "6 digits; towns rolled up to their county; `unknown`"],
  },
};

export const people: TableSpec = {
  name: "people",
  grain: "one per distinct person",
  columns: {
    person_key: [text, "HMAC-SHA256 with the workspace secret"],
    education: [text, "ladder key or `unknown`"],
    title: text,
    skill: text,
    province: [text, "six-digit province code, `overseas`, `unknown`"],
    location_code: [
      text,
      "city code; the municipality's code for its districts; null abroad or unknown",
    ],
    category: text,
    intention: text,
    rows: [int, "roster rows merged"],
  },
  note: "Where rows disagree, each attribute comes from the row with the latest contact or entry date, else the higher level, among the rows that have a value.",
};

export const personFacets: TableSpec = {
  name: "person_facets",
  grain: "one per loaded roster row, no personal data",
  columns: {
    person_key: text,
    file: text,
    sheet: text,
    row_number: int,
    chain_named: text,
    sector: text,
    field: text,
    employer: text,
  },
};

export const personConflicts: TableSpec = {
  name: "person_conflicts",
  grain: "one per person and attribute their rows disagree on",
  columns: {
    person_key: text,
    field: [text, "`education`,`title`,`skill`,`location`"],
    values: [
      text,
      "`;`-joined codes; for location the city code, the province code when only it is known, or `overseas`; a province does not disagree with a city inside it",
    ],
    kept: [text, "the code `people` holds"],
    sources: [text, "`;`-joined `file:sheet:row` of the rows holding a value; `file:row` for CSV"],
  },
  note: "No personal data.",
};

export const unresolved: TableSpec = {
  name: "unresolved",
  grain: "one per raw value that did not map",
  columns: {
    kind: [
      text,
      "the aliases.csv kind: `education`,`title`,`skill`,`urgency`,`region` (demand regions and roster locations),`chain`,`sector`,`category`,`intention`",
    ],
    side: text,
    raw: text,
    status: [text, "`unresolved`,`ambiguous`"],
    rows: int,
    files: [text, "`;`-joined"],
  },
  note: "A sector is listed only from rows whose chain column names no chain and whose field and position hold no chain keyword. Field texts are listed by the fields stage, in `field_unresolved`.",
};

export const unresolvedSuggestions: TableSpec = {
  name: "unresolved_suggestions",
  grain: "up to three per unresolved value",
  columns: {
    kind: text,
    side: text,
    raw: text,
    rank: [int, "1 = best"],
    canonical: [text, "what to write in aliases.csv"],
    label: [text, "the closest spelling, the chain's name, the place's full name"],
    score: ["DOUBLE", "similarity 0–1; 1 for the candidates of an ambiguous place"],
  },
};

export const aliasProblems: TableSpec = {
  name: "alias_problems",
  grain: "one per aliases.csv line that was skipped",
  columns: {
    line: [int, "1-based; 0 for a file that could not be decoded"],
    kind: text,
    raw: text,
    canonical: [text, "as written"],
    problem: [text, "`unreadable`,`columns`,`unknown_kind`,`bad_canonical`,`duplicate`"],
    message: [text, "in the language of the run, as logged"],
  },
};

export const normaliseTables = [
  valueLookup,
  demand,
  people,
  personFacets,
  personConflicts,
  unresolved,
  unresolvedSuggestions,
  aliasProblems,
];
