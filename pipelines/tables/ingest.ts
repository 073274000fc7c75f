import type { TableSpec } from "./table.ts";

const text = "VARCHAR";
const int = "INTEGER";

export const inputFiles: TableSpec = {
  name: "input_files",
  grain: "one per input file",
  columns: {
    file: text,
    kind: [text, "`demand`/`roster`"],
    wave: [text, "YYYYH1/YYYYH2, null for rosters"],
    format: [text, "`csv`/`xlsx`"],
    encoding: text,
    sheets: [text, "sheet names read, `;`-joined"],
    rows_read: int,
    rows_loaded: int,
    rows_rejected: int,
    error: [text, "why the whole file was set aside, else null"],
  },
};

const demandColumns = {
  file: text,
  sheet: text,
  row_number: int,
  wave: text,
  employer: text,
  credit_code: text,
  chain: text,
  sector: text,
  region: text,
  position: text,
  field: text,
  education: text,
  title: text,
  skill: text,
  headcount: [int, "already parsed"],
  urgency: text,
  salary: text,
  mode: text,
  filled_at: text,
} as const;

export const demandRows: TableSpec = {
  name: "demand_rows",
  grain: "one per loaded demand row",
  columns: demandColumns,
  note: "Text with full-width letters and digits made half-width, odd spaces folded and trimmed, otherwise as written. Kept between runs, per file.",
};

export const rosterRows: TableSpec = {
  name: "roster_rows",
  grain: "one per loaded roster row",
  columns: {
    file: text,
    sheet: text,
    row_number: int,
    name: text,
    gender: text,
    birth: text,
    id_number: text,
    native_place: text,
    employer: text,
    location: text,
    education: text,
    title: text,
    skill: text,
    field: text,
    sector: text,
    chain: text,
    category: text,
    phone: text,
    email: text,
    intention: text,
    entered_at: text,
    last_contact_at: text,
  },
  note: "Personal columns live only here, and normalise drops the table: it lives in the process's memory, is never written to the warehouse file, and rosters are read again by every run that has work to do.",
  temporary: true,
};

export const rejects: TableSpec = {
  name: "rejects",
  grain: "one per rejected row (or file)",
  columns: {
    file: text,
    sheet: text,
    row_number: int,
    column_name: [text, "the header as written"],
    value: [text, "hidden for personal columns"],
    reason_code: text,
    reason: [text, "in the language of the run"],
  },
  note: "Kept between runs, per file.",
};

export const ingestedFiles: TableSpec = {
  name: "ingested_files",
  grain: "one per input file the warehouse holds rows or rejects of",
  columns: {
    file: text,
    kind: text,
    wave: text,
    format: text,
    encoding: text,
    sheets: text,
    rows_read: int,
    error: text,
    sha256: [
      text,
      "content hash; null when the file changed while being read, so it is read again",
    ],
    bytes: "BIGINT",
    mtime: "TIMESTAMP",
    ingest_key: [text, "code version, language and talentmap.json hash it was read under"],
    read_by_run: [int, "the `runs` row that read it"],
  },
  note: "A refresh compares it with the files it finds and reads only the waves that changed (src/runs/changes.ts); `input_files` is made from it each run.",
};

export const ingestTables = [inputFiles, demandRows, rosterRows, rejects, ingestedFiles];
