import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { reportText } from "../../../src/messages/report.ts";
import { compileSpec } from "../../../src/report/charts/render.ts";
import { type ChartOptions, gapSpec, provinceRows } from "../../../src/report/charts/specs.ts";
import { buildSummary } from "../../../src/report/summary/build.ts";
import type { Summary } from "../../../src/report/summary/schema.ts";
import { loadPlaces } from "../../../src/report/view/places.ts";
import { createReportTables, fixtureContext, fixtureReport } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

let summary: Summary;
/** The bio chain page's charts as the report writes them (chains/bio/<id>.vl.json). */
let written: (id: string) => TopLevelSpec;
const options: ChartOptions = { text: reportText("zh"), minCellSize: 3, places: loadPlaces() };

beforeAll(async () => {
  summary = await withWarehouse(async (db) => {
    await createReportTables(db);
    return buildSummary(fixtureContext(db));
  });
  const out = await fixtureReport({ lang: "zh" });
  written = (id) =>
    JSON.parse(readFileSync(join(out, "chains", "bio", `${id}.vl.json`), "utf8")) as TopLevelSpec;
});

function chain(id: string) {
  const found = summary.chains.find((c) => c.id === id);
  if (!found) throw new Error(`no chain ${id}`);
  return found;
}

function allSpecs(lang: "zh" | "en" = "zh"): [string, TopLevelSpec][] {
  const opts = { ...options, text: reportText(lang) };
  return summary.chains.flatMap((c) => [
    ...summary.waves.flatMap((wave): [string, TopLevelSpec][] => [
      [`${c.id} ${wave} education gap`, gapSpec(c, wave, "education", opts)],
      [`${c.id} ${wave} title gap`, gapSpec(c, wave, "title", opts)],
    ]),
  ]);
}

type Datum = { category: string; series: string; value: number | null; label: string };
function data(spec: TopLevelSpec): Datum[] {
  const values = (spec as { data?: { values?: unknown } }).data?.values;
  if (!Array.isArray(values)) throw new Error("spec has no inline data");
  return values as Datum[];
}

describe("chart specs", () => {
  // vega-lite's own JSON schema, checked with zod's JSON-schema reader (no ajv installed).
  const vegaLiteSchema = z.fromJSONSchema(
    JSON.parse(readFileSync("node_modules/vega-lite/build/vega-lite-schema.json", "utf8")),
  );

  it("validates every spec against vega-lite's JSON schema, in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      for (const [name, spec] of allSpecs(lang)) {
        const result = vegaLiteSchema.safeParse(spec);
        expect(result.success, `${name}: ${result.error?.message.slice(0, 400)}`).toBe(true);
      }
    }
  });

  it("the schema check is not vacuous: it rejects an unknown mark", () => {
    const bad = { ...allSpecs()[0]?.[1], mark: "barz" };
    expect(vegaLiteSchema.safeParse(bad).success).toBe(false);
    const nested = structuredClone(allSpecs()[0]?.[1]) as {
      encoding: { x: Record<string, unknown> };
    };
    nested.encoding.x.fieldz = "category";
    expect(vegaLiteSchema.safeParse(nested).success).toBe(false);
  });

  it("compiles every spec without a vega-lite warning", () => {
    for (const [name, spec] of allSpecs()) {
      expect(compileSpec(spec).warnings, name).toEqual([]);
    }
  });

  it("draws demand exactly, one bar per wave and level", () => {
    const bars = data(written("demand-education"));
    expect(bars).toHaveLength(2 * 6);
    expect(bars).toContainEqual(
      expect.objectContaining({ category: "本科", series: "2024H1", value: 5, label: "5" }),
    );
    expect(bars).toContainEqual(
      expect.objectContaining({ category: "博士", series: "2024H2", value: 3, label: "3" }),
    );
  });

  it("never hands a hidden count to a chart", () => {
    const supply = data(written("supply-education"));
    expect(supply.map((b) => [b.category, b.value, b.label])).toEqual([
      ["博士", null, "<3"],
      ["硕士", null, "<3"],
      ["本科", null, "<3"],
      ["大专", 0, "0"],
      ["中专/高中", 0, "0"],
      ["未知", null, "<3"],
    ]);
    const gap = data(gapSpec(chain("bio"), "2024H1", "education", options));
    const bachelor = gap
      .filter((b) => b.category === "本科")
      .map((b) => [b.series, b.value, b.label]);
    expect(bachelor).toEqual([
      ["需求", 5, "5"],
      ["可匹配", null, "<3"],
      ["缺口", null, "3–4"],
    ]);
    // With the minimum at 1, the same bars are exact.
    const exact = data(
      gapSpec(chain("bio"), "2024H1", "education", { ...options, minCellSize: 1 }),
    );
    expect(exact.filter((b) => b.category === "本科").map((b) => b.value)).toEqual([5, 1, 4]);
  });

  it("ranks provinces by people, names them, and puts hidden ones last in code order", () => {
    expect(provinceRows(chain("bio"), options)).toEqual([
      { code: "120000", name: "天津市", cell: "<3" },
      { code: "310000", name: "上海市", cell: "<3" },
      { code: "overseas", name: "海外", cell: "<3" },
    ]);
    expect(provinceRows(chain("bio"), { ...options, minCellSize: 1 }).map((r) => r.name)).toEqual([
      "上海市",
      "天津市",
      "海外",
    ]);
    expect(provinceRows(chain("bio"), { ...options, text: reportText("en") }).at(-1)?.name).toBe(
      "Overseas",
    );
  });

  it("sets a CJK-capable font list", () => {
    const spec = written("supply-education") as { config?: { font?: string } };
    expect(spec.config?.font).toContain('"Noto Sans CJK SC"');
    expect(spec.config?.font).toMatch(/sans-serif$/);
  });
});
