import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline, stages } from "../../pipelines/pipeline.ts";
import { fieldSuggester } from "../../src/aliases/suggest.ts";
import { openWarehouse } from "../../src/warehouse/connect.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { loadWorkspace } from "../../src/workspace/load.ts";
import { testContext } from "../helpers/context.ts";

/**
 * The fields stage on test/cases/fields-small (its README works every figure out by hand):
 * disciplines per row and person, the per-discipline and per-category cascade, and the fix
 * loop for a field (listed, alias added, resolved on the next run).
 */
const root = join(import.meta.dirname, "..", "..");
const caseDir = join(root, "test", "cases", "fields-small", "input");
const scratch = mkdtempSync(join(tmpdir(), "talentmap-fields-"));
const data = join(scratch, "data");
const dbPath = join(scratch, "reports.duckdb");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tableStages = stages.filter((s) => s.name !== "report");

const QUERIES = {
  demand: `select d.row_number, string_agg(f.discipline || ':' || f.via, ',' order by f.discipline) as fields
    from demand d left join demand_fields f using (demand_id) group by all order by d.row_number`,
  people: `select p.education, string_agg(f.discipline, ',' order by f.discipline) as fields
    from people p left join person_fields f using (person_key)
    group by p.person_key, p.education order by all`,
  gaps: `select code, level, demand, matched, gap from field_gaps
    where grain = 'discipline' and demand > 0 order by code, rank`,
  totals: `select grain, code, sum(demand)::integer as demand, sum(matched)::integer as matched,
      sum(gap)::integer as gap
    from field_gaps group by all order by grain, code`,
  supply: `select code, level, n from field_levels
    where side = 'supply' and grain = 'discipline' and n > 0 order by code, rank`,
  unresolved: "select raw, side, rows, files from field_unresolved order by raw, side",
  suggestions: "select raw, suggestions from field_unresolved where side = 'demand'",
  viaAlias: "select distinct raw from field_lookup where via = 'alias' order by raw",
};

type Results = { [K in keyof typeof QUERIES]: Record<string, unknown>[] };

async function run(): Promise<{ log: string[]; r: Results }> {
  const warehouse = await openWarehouse(dbPath);
  const ctx = { ...testContext(warehouse.connection), workspace: loadWorkspace(data) };
  try {
    await runPipeline({ ...ctx, out: join(scratch, "reports") }, tableStages);
    const r = {} as Results;
    for (const [name, sql] of Object.entries(QUERIES)) {
      r[name as keyof Results] = await queryRows(warehouse.connection, sql);
    }
    return { log: ctx.log.lines, r };
  } finally {
    warehouse.close();
  }
}

function unresolvedCli() {
  return spawnSync(
    process.execPath,
    [
      "--import",
      import.meta.resolve("tsx"),
      join(root, "pipelines", "main.ts"),
      "unresolved",
      "--db",
      dbPath,
      "--json",
    ],
    { cwd: scratch, encoding: "utf8" },
  );
}

describe("the fields stage, worked by hand", () => {
  let first: Awaited<ReturnType<typeof run>>;
  let second: Awaited<ReturnType<typeof run>>;
  let cliBefore: ReturnType<typeof unresolvedCli>;
  let cliAfter: ReturnType<typeof unresolvedCli>;

  beforeAll(async () => {
    cpSync(caseDir, data, { recursive: true });
    first = await run();
    cliBefore = unresolvedCli();
    writeFileSync(join(data, "aliases.csv"), "kind,raw,canonical\nfield,区块链,计算机科学与技术\n");
    second = await run();
    cliAfter = unresolvedCli();
  }, 60_000);

  it("gives each demand row its fields' disciplines, or its position's when the field is blank", () => {
    expect(first.r.demand).toEqual([
      { row_number: 2, fields: "0805:field,0817:field" },
      { row_number: 3, fields: "0805:field" },
      { row_number: 4, fields: "0811:position" },
      { row_number: 5, fields: null },
      { row_number: 6, fields: "0805:field" },
      { row_number: 7, fields: null },
    ]);
  });

  it("gives each person the disciplines of all their rows, once each", () => {
    expect(first.r.people).toEqual([
      { education: "associate", fields: "0811" },
      { education: "bachelor", fields: "0805" },
      { education: "bachelor", fields: "0805,0817" },
      { education: "bachelor", fields: null },
      { education: "doctorate", fields: "0805" },
      { education: "master", fields: "0805,0817" },
      { education: "unknown", fields: "0805" },
    ]);
    expect(first.r.supply).toEqual([
      { code: "0805", level: "doctorate", n: 1 },
      { code: "0805", level: "master", n: 1 },
      { code: "0805", level: "bachelor", n: 1 },
      { code: "0805", level: "unknown", n: 1 },
      { code: "0811", level: "associate", n: 1 },
      { code: "0817", level: "master", n: 1 },
      { code: "0817", level: "bachelor", n: 1 },
    ]);
  });

  it("runs the cascade within each discipline and each category", () => {
    expect(first.r.gaps).toEqual([
      { code: "0805", level: "doctorate", demand: 1, matched: 1, gap: 0 },
      { code: "0805", level: "master", demand: 2, matched: 1, gap: 1 },
      { code: "0805", level: "bachelor", demand: 3, matched: 1, gap: 2 },
      { code: "0811", level: "associate", demand: 2, matched: 1, gap: 1 },
      { code: "0817", level: "master", demand: 2, matched: 1, gap: 1 },
    ]);
    expect(first.r.totals).toEqual([
      { grain: "category", code: "08", demand: 8, matched: 4, gap: 4 },
      { grain: "discipline", code: "0805", demand: 6, matched: 3, gap: 3 },
      { grain: "discipline", code: "0811", demand: 2, matched: 1, gap: 1 },
      { grain: "discipline", code: "0817", demand: 2, matched: 1, gap: 1 },
    ]);
  });

  it("lists the part no discipline names, per side, with suggestions", () => {
    expect(first.r.unresolved).toEqual([
      { raw: "区块链", side: "demand", rows: 1, files: "surveys/2024H1/需求.csv" },
      { raw: "区块链", side: "roster", rows: 1, files: "rosters/名册.csv" },
    ]);
    const [row] = first.r.suggestions as { suggestions: { canonical: string }[] }[];
    expect(row?.suggestions.length).toBeLessThanOrEqual(3);
    for (const s of row?.suggestions ?? []) expect(s.canonical).toMatch(/^\d{4}$/);
    // The row is there, and carries the suggester's list in its rank order.
    expect(first.r.suggestions).toEqual([
      { raw: "区块链", suggestions: fieldSuggester()("区块链") },
    ]);
    expect(row?.suggestions.length).toBeGreaterThan(0);
    expect(first.log.join("\n")).toContain(
      '1 field values did not map in 2 rows: run "talentmap unresolved"',
    );
  });

  it("prints the field values in talentmap unresolved", () => {
    expect(cliBefore.status).toBe(0);
    const list = JSON.parse(cliBefore.stdout) as { kind: string; raw: string; side: string }[];
    expect(list.filter((v) => v.kind === "field").map((v) => [v.raw, v.side])).toEqual([
      ["区块链", "demand"],
      ["区块链", "roster"],
    ]);
  });

  it("resolves the value once aliases.csv maps it, and counts it", () => {
    expect(second.r.unresolved).toEqual([]);
    expect(second.r.viaAlias).toEqual([{ raw: "区块链" }, { raw: "材料学、区块链" }]);
    expect(second.r.demand[4]).toEqual({ row_number: 6, fields: "0805:field,0812:field" });
    expect(second.r.totals).toEqual([
      { grain: "category", code: "08", demand: 8, matched: 5, gap: 3 },
      { grain: "discipline", code: "0805", demand: 6, matched: 3, gap: 3 },
      { grain: "discipline", code: "0811", demand: 2, matched: 1, gap: 1 },
      { grain: "discipline", code: "0812", demand: 1, matched: 0, gap: 1 },
      { grain: "discipline", code: "0817", demand: 2, matched: 1, gap: 1 },
    ]);
    expect(cliAfter.status).toBe(0);
    expect(JSON.parse(cliAfter.stdout)).toEqual([]);
  });
});
