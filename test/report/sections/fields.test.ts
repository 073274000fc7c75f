import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { runPipeline } from "../../../pipelines/pipeline.ts";
import { report } from "../../../pipelines/report.ts";
import { fieldGapRows, gapBound } from "../../../src/report/sections/fields/view.ts";
import type { ChainSummary } from "../../../src/report/summary/schema.ts";
import { openWarehouse } from "../../../src/warehouse/connect.ts";
import { loadWorkspace } from "../../../src/workspace/load.ts";
import { testContext } from "../../helpers/context.ts";

/**
 * The field views of the pages, on test/cases/fields-small (figures in its README) with one
 * more roster row whose field is a script: small people counts hidden, everything escaped,
 * both languages.
 */
const caseDir = join(import.meta.dirname, "..", "..", "cases", "fields-small", "input");
const scratch = mkdtempSync(join(tmpdir(), "talentmap-fields-pages-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const script = "<script>alert(1)</script>";
const out = { zh: join(scratch, "zh"), en: join(scratch, "en") };
const read = (lang: "zh" | "en", page: string) => readFileSync(join(out[lang], page), "utf8");

beforeAll(async () => {
  const data = join(scratch, "data");
  cpSync(caseDir, data, { recursive: true });
  appendFileSync(join(data, "rosters", "名册.csv"), `吴八,13800000208,本科,,${script}\n`);
  const warehouse = await openWarehouse(join(scratch, "w.duckdb"));
  try {
    const workspace = loadWorkspace(data);
    await runPipeline({ ...testContext(warehouse.connection, { out: out.zh }), workspace });
    const en = { ...testContext(warehouse.connection, { out: out.en, lang: "en" }), workspace };
    await runPipeline(en, [report]);
  } finally {
    warehouse.close();
  }
}, 60_000);

describe("the gap by discipline on a chain page", () => {
  it("lists every discipline with demand, largest gap first, small people counts hidden", () => {
    const page = read("zh", "chains/mat.html");
    const section = page.slice(page.indexOf('<section id="fields">'));
    expect(section).toContain("2024H1 各学科（专业）缺口");
    const rows = [...section.matchAll(/<tr><th scope="row">(\d{4}) ([^<]+)<\/th>(.*?)<\/tr>/g)];
    // 0805: demand 6, matched 3, gap 3, people 4; 0811 and 0817: demand 2, matched 1 (hidden),
    // so the gap is the range 0–1, people 1 and 2 (hidden).
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ["0805", "材料科学与工程"],
      ["0811", "控制科学与工程"],
      ["0817", "化学工程与技术"],
    ]);
    const cells = (i: number) =>
      [...(rows[i]?.[3] ?? "").matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells(0)).toEqual(["工学", "6", "3", "3", "4"]);
    expect(cells(1)).toEqual(["工学", "2", "&lt;3", "0–1", "&lt;3"]);
    expect(cells(2)).toEqual(["工学", "2", "&lt;3", "0–1", "&lt;3"]);
    expect(section).toContain("0805 材料科学与工程：缺口 3 人，该学科人才 4 人");
  });

  it("reads in English, with the disciplines' English names", () => {
    const page = read("en", "chains/mat.html");
    expect(page).toContain("2024H1 gaps by discipline (field or major)");
    expect(page).toContain("0805 Materials Science and Engineering");
    expect(page).toContain("Engineering</td>");
  });
});

describe("the chain × category view on the index", () => {
  it("draws the category gap as a heat map, in both languages", () => {
    const zh = read("zh", "index.html");
    expect(zh).toContain("2024H1 各产业链分学科门类缺口（人）");
    const spec = JSON.parse(readFileSync(join(out.zh, "charts", "field-heatmap.vl.json"), "utf8"));
    // Category 08: demand 8, matched 4, gap 4 (README).
    expect(spec.data.values).toEqual([
      expect.objectContaining({ row: "新材料", column: "工学", value: 4, label: "4" }),
    ]);
    expect(read("en", "index.html")).toContain("gaps by chain and discipline category");
  });
});

describe("field values that did not map", () => {
  it("are listed on the quality page by the parts that named nothing, markup cut away", () => {
    const page = read("zh", "quality.html");
    const listed = [...page.matchAll(/<th scope="row">专业 · 人才名录<\/th><td>([^<]*)<\/td>/g)];
    // The script's brackets and slashes separate parts, as 、 does: nothing of it is markup.
    expect(listed.map((m) => m[1])).toEqual(["1", "alert", "script", "区块链"]);
    expect(page).toContain('<th scope="row">专业 · 需求调查</th><td>区块链</td>');
    expect(page).not.toContain("<script");
  });
});

describe("gaps.xlsx", () => {
  it("has a sheet of gaps by discipline and level, people hidden as elsewhere", () => {
    const book = XLSX.read(readFileSync(join(out.zh, "gaps.xlsx")));
    const sheetName = "学科缺口";
    const ws = book.Sheets[sheetName];
    if (!ws) throw new Error("no 学科缺口 sheet");
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
    expect(rows[0]).toEqual([
      "产业链",
      "批次",
      "学科代码",
      "学科",
      "门类",
      "学历层级",
      "需求",
      "可匹配",
      "缺口",
    ]);
    expect(rows.slice(1)).toEqual([
      ["新材料", "2024H1", "0805", "材料科学与工程", "工学", "博士", 1, "<3", 0],
      ["新材料", "2024H1", "0805", "材料科学与工程", "工学", "硕士", 2, "<3", "0–1"],
      ["新材料", "2024H1", "0805", "材料科学与工程", "工学", "本科", 3, "<3", "1–2"],
      ["新材料", "2024H1", "0811", "控制科学与工程", "工学", "大专", 2, "<3", "0–1"],
      ["新材料", "2024H1", "0817", "化学工程与技术", "工学", "硕士", 2, "<3", "0–1"],
    ]);
  });
});

describe("fieldGapRows", () => {
  const chain = {
    supply: { byField: { "0805": 7, "0817": 1 } },
    waves: {
      "2024H2": {
        gap: {
          byField: {
            "0805": { demand: 9, matched: 5, gap: 4 },
            "0817": { demand: 6, matched: 2, gap: 4 },
            "0703": { demand: 3, matched: 3, gap: 0 },
          },
        },
      },
    },
  } as unknown as ChainSummary;

  it("orders by the gap as shown, so a hidden count decides no place", () => {
    const rows = fieldGapRows(chain, "2024H2", 3) ?? [];
    // 0817's matched 2 is hidden: its gap shows as 4–5 and sorts by 5.
    expect(rows.map((r) => [r.code, r.gap, r.people])).toEqual([
      ["0817", "4–5", "<3"],
      ["0805", 4, 7],
      ["0703", 0, 0],
    ]);
    expect(gapBound("4–5")).toBe(5);
  });

  it("is null for a summary made before fields were counted", () => {
    expect(
      fieldGapRows(
        { ...chain, waves: { "2024H2": { gap: {} } } } as unknown as ChainSummary,
        "2024H2",
        3,
      ),
    ).toBeNull();
  });
});
