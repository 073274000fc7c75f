import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline, stages } from "../../pipelines/pipeline.ts";
import { openWarehouse } from "../../src/warehouse/connect.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { loadWorkspace } from "../../src/workspace/load.ts";
import { talentmapIn } from "../helpers/cli.ts";
import { testContext } from "../helpers/context.ts";

/**
 * The fix loop on test/cases/aliases-small (its README lists every planted value): a run
 * lists what did not map, the analyst writes aliases.csv, the next run maps it all.
 */
const root = join(import.meta.dirname, "..", "..");
const caseDir = join(root, "test", "cases", "aliases-small", "input");
const scratch = mkdtempSync(join(tmpdir(), "talentmap-aliases-"));
const data = join(scratch, "data");
const dbPath = join(scratch, "reports.duckdb");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Everything up to the tables; the report stage adds nothing to the loop. */
const tableStages = stages.filter((s) => s.name !== "report");

async function run(): Promise<{ log: string[]; q: <T>(sql: string) => Promise<T[]> }> {
  const warehouse = await openWarehouse(dbPath);
  const ctx = { ...testContext(warehouse.connection), workspace: loadWorkspace(data) };
  try {
    await runPipeline({ ...ctx, out: join(scratch, "reports") }, tableStages);
    const results = new Map<string, unknown[]>();
    for (const sql of Object.values(QUERIES)) {
      results.set(sql, await queryRows(warehouse.connection, sql));
    }
    return { log: ctx.log.lines, q: async <T>(sql: string) => results.get(sql) as T[] };
  } finally {
    warehouse.close();
  }
}

const QUERIES = {
  unresolved: "select kind, side, raw, status, rows from unresolved order by kind, side, raw",
  suggestions: "select kind, raw, rank, canonical from unresolved_suggestions order by all",
  demand: `select d.row_number, d.education, d.title, d.skill, d.urgency, d.region_code,
      c.chain_id, c.route, c.status
    from demand d join demand_chain c using (demand_id) order by d.row_number`,
  people: `select f.row_number, p.education, p.province, p.location_code,
      (select string_agg(chain_id || ':' || route, ',' order by chain_id) from person_chain pc
        where pc.person_key = p.person_key) as chains
    from person_facets f join people p using (person_key) order by f.row_number`,
  problems: "select line, kind, problem from alias_problems order by line",
  viaAlias: "select count(*)::integer as n from value_lookup where via = 'alias'",
};

type Unresolved = { kind: string; side: string; raw: string; status: string; rows: number };

function talentmap(...args: string[]) {
  return talentmapIn(scratch, ...args);
}

describe("the aliases.csv loop", () => {
  let first: Awaited<ReturnType<typeof run>>;
  let second: Awaited<ReturnType<typeof run>>;
  let cliBefore: ReturnType<typeof talentmap>;
  let cliAfter: ReturnType<typeof talentmap>;

  beforeAll(async () => {
    cpSync(caseDir, data, { recursive: true });
    first = await run();
    cliBefore = talentmap("unresolved", "--db", dbPath, "--json");
    writeFileSync(
      join(data, "aliases.csv"),
      [
        "kind,raw,canonical",
        "education,硕博连读,doctorate",
        "region,产业集聚区,410923",
        "sector,新材料,生物基材料制造",
        "紧缺程度,很急,非常紧缺",
        "chain,战略性新兴产业,energy",
        "region,朝阳区,北京市朝阳区",
        "title,见习,junior",
        "skill,八级工,technician",
        "地区,长三角,上海",
        "学历,硕博,博士",
        "# a comment, then two lines the run must skip with a warning",
        "frobnicate,x,y",
        "education,初中,大学霸",
        "",
      ].join("\r\n"),
    );
    second = await run();
    cliAfter = talentmap("unresolved", "--db", dbPath);
  }, 60_000);

  it("lists every planted value the first run could not map, with its rows", async () => {
    const rows = await first.q<Unresolved>(QUERIES.unresolved);
    expect(rows.map((r) => [r.kind, r.side, r.raw, r.status, r.rows])).toEqual([
      ["chain", "demand", "战略性新兴产业", "unresolved", 1],
      ["education", "demand", "硕博连读", "unresolved", 1],
      ["education", "roster", "硕博", "unresolved", 1],
      ["region", "demand", "产业集聚区", "unresolved", 1],
      ["region", "demand", "朝阳区", "ambiguous", 1],
      ["region", "roster", "长三角", "unresolved", 1],
      ["sector", "demand", "新材料", "unresolved", 1],
      ["sector", "roster", "新材料", "unresolved", 1],
      ["skill", "demand", "八级工", "unresolved", 1],
      ["title", "demand", "见习", "unresolved", 1],
      ["urgency", "demand", "很急", "unresolved", 1],
    ]);
  });

  it("suggests the places an ambiguous name could be, and close vocabulary terms", async () => {
    const s = await first.q<{ kind: string; raw: string; rank: number; canonical: string }>(
      QUERIES.suggestions,
    );
    const of = (raw: string) => s.filter((x) => x.raw === raw).map((x) => x.canonical);
    expect(of("朝阳区")).toEqual(["110105", "220104"]);
    expect(of("硕博连读")).toContain("master");
    expect(of("硕博连读")).toContain("doctorate");
    expect(of("战略性新兴产业")).toEqual(["energy"]);
  });

  it("leaves unmapped rows unassigned or unknown, never dropped", async () => {
    const d = await first.q<Record<string, unknown>>(QUERIES.demand);
    expect(d).toHaveLength(4);
    expect(d[1]).toMatchObject({ row_number: 3, education: "none", region_code: "unknown" });
    expect(d[1]).toMatchObject({ urgency: null, status: "unassigned" });
    expect(d[2]).toMatchObject({ row_number: 4, region_code: "unknown", status: "unassigned" });
    const p = await first.q<Record<string, unknown>>(QUERIES.people);
    expect(p[1]).toMatchObject({ row_number: 3, education: "unknown", province: "unknown" });
    expect(p[1]?.chains).toBeNull();
  });

  it("prints the list as JSON from the run's warehouse", () => {
    expect(cliBefore.status).toBe(0);
    const list = JSON.parse(cliBefore.stdout) as (Unresolved & {
      files: string[];
      suggestions: { canonical: string }[];
    })[];
    expect(list).toHaveLength(11);
    const ambiguous = list.find((v) => v.raw === "朝阳区");
    expect(ambiguous?.files).toEqual(["surveys/2024H1/需求.csv"]);
    expect(ambiguous?.suggestions.map((x) => x.canonical)).toEqual(["110105", "220104"]);
    expect(cliBefore.stderr).toContain("aliases.csv");
  });

  it("maps every value on the next run, aliases first", async () => {
    expect(await second.q(QUERIES.unresolved)).toEqual([]);
    const d = await second.q<Record<string, unknown>>(QUERIES.demand);
    expect(d[1]).toMatchObject({
      row_number: 3,
      education: "doctorate",
      region_code: "410923",
      urgency: "very-urgent",
      chain_id: "bio",
      route: "sector",
      status: "assigned",
    });
    expect(d[2]).toMatchObject({
      row_number: 4,
      title: "junior",
      region_code: "110105",
      chain_id: "energy",
      route: "chain",
      status: "assigned",
    });
    expect(d[3]).toMatchObject({ row_number: 5, skill: "technician", region_code: "410923" });
    const p = await second.q<Record<string, unknown>>(QUERIES.people);
    expect(p[1]).toMatchObject({
      row_number: 3,
      education: "doctorate",
      province: "310000",
      location_code: "310000",
      chains: "bio:sector",
    });
    const [via] = await second.q<{ n: number }>(QUERIES.viaAlias);
    expect(via?.n).toBe(11);
  });

  it("skips a bad line with a warning naming it, and goes on", async () => {
    expect(await second.q(QUERIES.problems)).toEqual([
      { line: 13, kind: "frobnicate", problem: "unknown_kind" },
      { line: 14, kind: "education", problem: "bad_canonical" },
    ]);
    const warnings = second.log.filter((l) => l.startsWith("warning:"));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain("aliases.csv 第13行");
    expect(warnings[0]).toContain("frobnicate");
    expect(warnings[1]).toContain("aliases.csv 第14行");
    expect(warnings[1]).toContain("大学霸");
    expect(second.log.join("\n")).toContain("aliases.csv: 10 aliases, 11 values mapped by them");
  });

  it("says there is nothing left, and repeats the skipped lines, after the fix", () => {
    expect(cliAfter.status).toBe(0);
    expect(cliAfter.stdout).toBe("");
    expect(cliAfter.stderr).toContain("第13行");
    expect(cliAfter.stderr).toContain("所有值都已识别");
  });
});

describe("talentmap unresolved", () => {
  it("fails with what to do when there is no warehouse", () => {
    const result = talentmap("unresolved", "--out", join(scratch, "never-run"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("talentmap run");
  });

  it("exits 2 on an option it does not know", () => {
    expect(talentmap("unresolved", "--bogus").status).toBe(2);
    expect(talentmap("unresolved", "--lang", "fr").status).toBe(2);
  });

  it("prints its options with --help", () => {
    const result = talentmap("unresolved", "--help");
    expect(result.status).toBe(0);
    for (const flag of ["--data", "--out", "--db", "--json"]) expect(result.stdout).toContain(flag);
  });
});
