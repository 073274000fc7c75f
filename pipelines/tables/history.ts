import type { TableSpec } from "./table.ts";

const text = "VARCHAR";
const int = "INTEGER";

export const runs: TableSpec = {
  name: "runs",
  grain: "one per run",
  columns: {
    run_id: int,
    command: [text, "`run`,`refresh`"],
    started_at: ["TIMESTAMP", "UTC"],
    ended_at: ["TIMESTAMP", "UTC"],
    outcome: [text, "`running`,`ok`,`rejects`,`unchanged`,`failed`,`interrupted`"],
    exit_code: int,
    pid: int,
    host: text,
    fingerprint: [text, "hash of the inputs, settings, code and options"],
    out: text,
    files: int,
    files_read: int,
    files_added: int,
    files_changed: int,
    files_removed: int,
    rows_read: int,
    rows_loaded: int,
    rows_rejected: int,
    rejects: int,
    files_set_aside: int,
    seconds: "DOUBLE",
    stages: [text, "JSON `[{name, seconds}]`"],
    error: [text, "a failed run's message, quoted values hidden"],
    settings: [text, "JSON: hashes of chains.json, talentmap.json, aliases.csv"],
  },
};

export const runFiles: TableSpec = {
  name: "run_files",
  grain: "one per file a run found added, changed or removed",
  columns: {
    run_id: int,
    file: text,
    change: [text, "`added`,`changed`,`removed`"],
    kind: text,
    wave: text,
  },
};

/** Written by `run` and `refresh` around the stages (src/runs/history.ts), not by a stage. */
export const historyTables = [runs, runFiles];
