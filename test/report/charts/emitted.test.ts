import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { compileSpec } from "../../../src/report/charts/render.ts";
import { fixtureReport } from "../../helpers/report-fixture.ts";

/** Every vega-lite spec a report run writes beside its pages (.vl.json), in both languages. */
function specs(dir: string, prefix = ""): [string, unknown][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, unknown][] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return specs(path, `${prefix}${entry.name}/`);
    return entry.name.endsWith(".vl.json")
      ? [[`${prefix}${entry.name}`, JSON.parse(readFileSync(path, "utf8"))]]
      : [];
  });
}

const written: [string, unknown][] = [];

beforeAll(async () => {
  // minCellSize 1 too: with every count shown, charts that hidden counts leave out appear.
  const runs = [{ lang: "zh" }, { lang: "en" }, { lang: "zh", minCellSize: 1 }] as const;
  for (const run of runs) {
    const out = await fixtureReport(run);
    const tag = `${run.lang}${"minCellSize" in run ? " k=1" : ""}`;
    written.push(...specs(out).map(([name, spec]): [string, unknown] => [`${tag} ${name}`, spec]));
  }
});

describe("emitted chart specs", () => {
  // vega-lite's own JSON schema, checked with zod's JSON-schema reader.
  const vegaLiteSchema = z.fromJSONSchema(
    JSON.parse(readFileSync("node_modules/vega-lite/build/vega-lite-schema.json", "utf8")),
  );

  it("are written for every chart kind", () => {
    const kinds = new Set(written.map(([name]) => name.replace(/^.*\//, "")));
    expect([...kinds].sort()).toEqual(
      [
        "demand-education.vl.json",
        "demand-title.vl.json",
        "demand-town.vl.json",
        "demand-urgency.vl.json",
        "employers.vl.json",
        "gap-education.vl.json",
        "gap-heatmap.vl.json",
        "gap-title.vl.json",
        "supply-category.vl.json",
        "supply-cities.vl.json",
        "supply-education.vl.json",
        "supply-map.vl.json",
        "supply-title.vl.json",
      ].sort(),
    );
  });

  it("validate against vega-lite's JSON schema and compile without a warning", () => {
    expect(written.length).toBeGreaterThan(20);
    for (const [name, spec] of written) {
      const result = vegaLiteSchema.safeParse(spec);
      expect(result.success, `${name}: ${result.error?.message.slice(0, 400)}`).toBe(true);
      // biome-ignore lint/suspicious/noExplicitAny: a parsed file, checked just above
      expect(compileSpec(spec as any).warnings, name).toEqual([]);
    }
  });
});
