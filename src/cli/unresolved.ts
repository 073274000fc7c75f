import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { ALIASES_FILE } from "../aliases/load.ts";
import { type UnresolvedValue, unresolvedTable } from "../aliases/table.ts";
import { ExitCode, UserError } from "../errors.ts";
import type { Lang } from "../messages/lang.ts";
import { openWarehouse, type Warehouse } from "../warehouse/connect.ts";
import { queryRows, tableExists } from "../warehouse/sql.ts";
import { langOption, parseCommandArgs } from "./args.ts";
import { defaultDb } from "./run.ts";

export const unresolvedHelp = `Usage: talentmap unresolved [--data DIR] [--out DIR] [--db FILE] [--json] [--lang zh|en]

Lists every raw value the last run could not map (education, title, skill, urgency, region,
chain, sector, category, intention, and parts of field texts that name no discipline), with its
rows, files and suggested mappings. Fix one by
adding a line kind,raw,canonical to the workspace's aliases.csv and running again.

  --data DIR   the workspace whose aliases.csv takes the fixes (default: data)
  --out DIR    the output folder of the run; its warehouse is <out>.duckdb (default: reports)
  --db FILE    the warehouse to read (default: <out>.duckdb, as for run)
  --json       print JSON instead of a table
  --lang L     zh (default) or en: the table's headings and notes`;

function parse(args: string[]) {
  return parseCommandArgs(
    args,
    {
      data: { type: "string", default: "data" },
      out: { type: "string", default: "reports" },
      db: { type: "string" },
      json: { type: "boolean", default: false },
      lang: { type: "string", default: "zh" },
      help: { type: "boolean", short: "h" },
    } as const,
    unresolvedHelp,
  );
}

type Row = {
  kind: string;
  side: string;
  raw: string;
  status: string;
  rows: number;
  files: string | null;
  canonical: string | null;
  label: string | null;
  score: number | null;
};

/** Reads the lists from a warehouse, opened read-only so a running job is not disturbed. */
async function readWarehouse(
  path: string,
): Promise<{ values: UnresolvedValue[]; problems: string[] }> {
  if (!existsSync(path)) {
    throw new UserError(
      `no warehouse at ${path}. Run "talentmap run" first, or pass --db (or --out) as given to run.`,
    );
  }
  let warehouse: Warehouse;
  try {
    warehouse = await openWarehouse(path, { readOnly: true });
  } catch (error) {
    throw new UserError(
      `cannot open ${path}: ${(error as Error).message}. If a run is writing it, wait until it ends.`,
    );
  }
  const db = warehouse.connection;
  try {
    for (const table of ["unresolved", "unresolved_suggestions"]) {
      if (!(await tableExists(db, table))) {
        throw new UserError(
          `${path} has no table ${table}: it was made by an older talentmap. Run "talentmap run" again.`,
        );
      }
    }
    const rows = await queryRows<Row>(
      db,
      `select u.kind, u.side, u.raw, u.status, u.rows, u.files, s.canonical, s.label, s.score
       from unresolved u left join unresolved_suggestions s
         on s.kind = u.kind and s.side = u.side and s.raw = u.raw
       order by u.kind, u.side, u.rows desc, u.raw, s.rank`,
    );
    const problems = (await tableExists(db, "alias_problems"))
      ? (
          await queryRows<{ message: string }>(
            db,
            "select message from alias_problems order by line",
          )
        ).map((p) => p.message)
      : [];
    const values = [...group(rows), ...(await readFieldValues(db))].sort(byKindSideRows);
    return { values, problems };
  } finally {
    warehouse.close();
  }
}

type FieldRow = {
  side: string;
  raw: string;
  rows: number;
  files: string | null;
  suggestions: { canonical: string; label: string; score: number }[] | null;
};

/** Field parts that named no discipline (the fields stage), when the warehouse has them. */
async function readFieldValues(db: DuckDBConnection): Promise<UnresolvedValue[]> {
  if (!(await tableExists(db, "field_unresolved"))) return [];
  const rows = await queryRows<FieldRow>(
    db,
    "select side, raw, rows, files, suggestions from field_unresolved",
  );
  return rows.map((row) => ({
    kind: "field",
    side: row.side,
    raw: row.raw,
    status: "unresolved",
    rows: row.rows,
    files: row.files === null ? [] : row.files.split(";"),
    suggestions: (row.suggestions ?? []).map((s) => ({ ...s })),
  }));
}

/** The order of the list: kind, side, most rows first, raw value. */
function byKindSideRows(a: UnresolvedValue, b: UnresolvedValue): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return text(a.kind, b.kind) || text(a.side, b.side) || b.rows - a.rows || text(a.raw, b.raw);
}

function group(rows: readonly Row[]): UnresolvedValue[] {
  const values: UnresolvedValue[] = [];
  for (const row of rows) {
    let last = values[values.length - 1];
    if (
      last === undefined ||
      last.kind !== row.kind ||
      last.side !== row.side ||
      last.raw !== row.raw
    ) {
      last = {
        kind: row.kind,
        side: row.side,
        raw: row.raw,
        status: row.status,
        rows: row.rows,
        files: row.files === null ? [] : row.files.split(";"),
        suggestions: [],
      };
      values.push(last);
    }
    if (row.canonical !== null) {
      last.suggestions.push({
        canonical: row.canonical,
        label: row.label ?? row.canonical,
        score: row.score ?? 0,
      });
    }
  }
  return values;
}

function note(lang: Lang, count: number, aliases: string): string {
  if (count === 0) {
    return lang === "zh" ? "上次运行中所有值都已识别。" : "Every value of the last run mapped.";
  }
  return lang === "zh"
    ? `共 ${count} 个值未能识别。在 ${aliases} 中为要修正的值各加一行 kind,raw,canonical（例如 education,研究生学历,master），然后重新运行 talentmap run。`
    : `${count} values did not map. Add a line kind,raw,canonical to ${aliases} for each one to fix (e.g. education,研究生学历,master), then run talentmap run again.`;
}

export async function main(args: string[]): Promise<number> {
  const { values } = parse(args);
  if (values.help) {
    process.stdout.write(`${unresolvedHelp}\n`);
    return ExitCode.ok;
  }
  const lang = langOption(values.lang);
  const out = resolve(values.out);
  const list = await readWarehouse(resolve(values.db ?? defaultDb(out)));
  for (const problem of list.problems) process.stderr.write(`warning: ${problem}\n`);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(list.values, null, 2)}\n`);
  } else if (list.values.length > 0) {
    process.stdout.write(unresolvedTable(list.values, lang));
  }
  process.stderr.write(`${note(lang, list.values.length, join(values.data, ALIASES_FILE))}\n`);
  return ExitCode.ok;
}
