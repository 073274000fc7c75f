import type { Stage } from "../stage.ts";
import { historyTables } from "./history.ts";
import { columnHolds, type TableSpec } from "./table.ts";

/** What docs/tables.md says of a stage beyond its tables. */
const about: Record<string, { before?: string; after?: string }> = {
  ingest: {
    after:
      "`demand_rows`, `rejects` and `ingested_files` are kept between runs, per file. `roster_rows` is a temporary table (it lives in the process's memory and is never written to the warehouse file) and rosters are read again by every run that has work to do.",
  },
  normalise: {
    after: `\`roster_rows\` is dropped at the end of normalise, with ingest's temporary \`roster_staging\` and normalise's own scratch tables: after it, no table holds a name, phone, e-mail, ID number or birth date (\`test/pipelines/privacy.test.ts\` checks every column of every table).

For the quality page: \`unresolved\` (with \`unresolved_suggestions\`) and \`alias_problems\` are the fix list; \`person_conflicts\` (counted per field) the people whose rows disagree; \`chain_routes\` the rows per route and \`unassigned_demand\` the demand rows to look at.`,
  },
  fields: {
    before:
      "Disciplines are the four-digit first-level codes of the 2022 catalogue (`src/disciplines`), e.g. `0805`; a category (学科门类) is a code's first two digits, e.g. `08`.",
  },
  report: {
    before:
      "Writes files, not tables, into `--out`: `summary.json`, `rejects.csv`, `unassigned.csv`, `gaps.csv`, `gaps.xlsx` (with a sheet of gaps by discipline), `index.html`, `quality.html` (data quality), `chains/<id>.html`, and beside the pages every chart as `.svg` with its vega-lite spec as `.vl.json` (`charts/` for the index, `chains/<id>/` for a chain); with `--pdf`, a PDF of each page.",
  },
};

const intro = `# Warehouse tables

Generated from the stages' declarations (\`pipelines/tables/\`) by \`npx tsx scripts/tables-doc.ts\`;
a test fails when this page and the declarations differ. Every table is made by exactly one
stage (\`pipelines/<stage>.ts\`, its \`writes\`), and the runner checks after each stage that its
tables have the columns and types declared here. \`file\` is the path relative to the workspace,
with \`/\` separators (e.g. \`surveys/2024H1/重点企业.xlsx\`). \`row_number\` is the row number
Excel shows (1-based, counting title and header rows); for CSV, the line's record number
counting the header as row 1.`;

function columnsCell(table: TableSpec): string {
  return Object.entries(table.columns)
    .map(([name, spec]) => {
      const holds = columnHolds(spec);
      return holds ? `${name} (${holds})` : name;
    })
    .join(", ");
}

function typesCell(table: TableSpec): string {
  const byType = new Map<string, string[]>();
  for (const [name, spec] of Object.entries(table.columns)) {
    const type = typeof spec === "string" ? spec : spec[0];
    if (type === "VARCHAR") continue;
    byType.set(type, [...(byType.get(type) ?? []), name]);
  }
  const other = [...byType].map(([type, names]) => `${type}: ${names.join(", ")}`);
  return ["VARCHAR unless named", ...other].join("; ");
}

function tableSection(tables: readonly TableSpec[]): string {
  const rows = tables.map((table) => {
    const note = table.note ? ` ${table.note}` : "";
    return `| \`${table.name}\` | ${table.grain} | ${columnsCell(table)}.${note} | ${typesCell(table)} |`;
  });
  return ["| table | grain | columns | types |", "|---|---|---|---|", ...rows].join("\n");
}

/** docs/tables.md as the stages declare their tables. */
export function tablesDoc(stages: readonly Stage[]): string {
  const parts = [intro];
  for (const stage of stages) {
    parts.push(`## ${stage.name} (\`pipelines/${stage.name}.ts\`)`);
    const { before, after } = about[stage.name] ?? {};
    if (before) parts.push(before);
    if (stage.writes.length > 0) parts.push(tableSection(stage.writes));
    if (after) parts.push(after);
    if (stage.name === "ingest") {
      parts.push(
        "## Run history (`src/runs/history.ts`, written by `run` and `refresh`, not by a stage)",
      );
      parts.push(tableSection(historyTables));
    }
  }
  return `${parts.join("\n\n")}\n`;
}
