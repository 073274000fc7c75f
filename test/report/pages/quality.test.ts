import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { unassignedOnPage } from "../../../src/report/sections/unassigned/index.ts";
import { fixtureReport } from "../../helpers/report-fixture.ts";

/** The fixture's two rows in no chain (d3 unassigned, d6 ambiguous) and `extra` copies of d3. */
async function reportWith(extra: number, lang: "zh" | "en" = "zh"): Promise<string> {
  return fixtureReport({
    lang,
    more: async (db) => {
      await db.run(`insert into demand select d.* replace (1000 + i as demand_id, 1000 + i as row_number)
        from demand d, range(${extra}) t(i) where d.demand_id = 3`);
      await db.run(`insert into demand_chain select 1000 + i, null, null, 'unassigned', null
        from range(${extra}) t(i)`);
    },
  });
}

const rowsOfSection = (page: string) => {
  const section = page.slice(page.indexOf('<section id="unassigned">'));
  return (section.slice(0, section.indexOf("</section>")).match(/<tr>/g) ?? []).length;
};

describe("demand rows in no chain", () => {
  it("are all on quality.html and in unassigned.csv when there are few", async () => {
    const out = await reportWith(0);
    const page = readFileSync(join(out, "quality.html"), "utf8");
    expect(rowsOfSection(page)).toBe(1 + 2); // the header row and d3, d6
    expect(page).toContain('<a href="unassigned.csv">');
    expect(page).not.toContain("本页列出前");
    const csv = Papa.parse<string[]>(readFileSync(join(out, "unassigned.csv"), "utf8").trim()).data;
    expect(csv[0]).toEqual([
      "文件",
      "工作表",
      "行号",
      "企业",
      "岗位",
      "行业",
      "填写的产业链",
      "状态",
      "需求人数",
    ]);
    expect(csv.slice(1).map((r) => [r[2], r[3], r[7], r[8]])).toEqual([
      ["6", "某商贸公司", "未归入产业链", "4"],
      [expect.any(String), expect.any(String), "有歧义", expect.any(String)],
    ]);
  });

  it("are cut short on the page past the limit, never in unassigned.csv", async () => {
    const extra = unassignedOnPage + 100;
    const out = await reportWith(extra, "en");
    const page = readFileSync(join(out, "quality.html"), "utf8");
    expect(rowsOfSection(page)).toBe(1 + unassignedOnPage);
    expect(page).toContain(
      `This page lists the first ${unassignedOnPage} of ${(extra + 2).toLocaleString("en-US")} rows`,
    );
    const csv = Papa.parse<string[]>(readFileSync(join(out, "unassigned.csv"), "utf8").trim()).data;
    expect(csv).toHaveLength(1 + extra + 2);
  });
});
