import { describe, expect, it } from "vitest";
import { reportText } from "../../../src/messages/report.ts";
import { gapLines, gapPivotTable, gapsCsvTable } from "../../../src/report/sections/gap/sheets.ts";
import { toCsv } from "../../../src/report/sheets/csv.ts";
import { buildSummary } from "../../../src/report/summary/build.ts";
import { createReportTables, fixtureContext, scriptName } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

async function fixtureSummary() {
  return withWarehouse(async (db) => {
    await createReportTables(db);
    return buildSummary(fixtureContext(db));
  });
}

describe("gaps export", () => {
  it("has one line per chain, wave, ladder and demand level, zeros included", async () => {
    const summary = await fixtureSummary();
    // 3 chains × 2 waves × (6 education + 5 title levels)
    expect(gapLines(summary)).toHaveLength(3 * 2 * 11);
    const table = gapsCsvTable(summary, 3);
    expect(table[0]).toEqual([
      "chain_id",
      "chain",
      "wave",
      "ladder",
      "level",
      "demand",
      "matched",
      "gap",
    ]);
    expect(table[1]).toEqual(["bio", "生物基材料", "2024H1", "education", "doctorate", 0, 0, 0]);
  });

  it("hides matched people below the minimum cell size, and shows the gap as its range", async () => {
    const table = gapsCsvTable(await fixtureSummary(), 3);
    const find = (chain: string, wave: string, ladder: string, level: string) =>
      table.find(
        (row) => row[0] === chain && row[2] === wave && row[3] === ladder && row[4] === level,
      );
    // bachelor 2024H1: demand 5, matched 1 → "<3", gap 4 shown as 3–4
    expect(find("bio", "2024H1", "education", "bachelor")).toEqual([
      "bio",
      "生物基材料",
      "2024H1",
      "education",
      "bachelor",
      5,
      "<3",
      "3–4",
    ]);
    // master 2024H1: demand 2, matched 2 → "<3", gap 0 shown as 0–1
    expect(find("bio", "2024H1", "education", "master")?.slice(5)).toEqual([2, "<3", "0–1"]);
    // xss 2024H2 associate: demand 4, matched 2 → gap 2 shown as 2–3
    expect(find("xss", "2024H2", "education", "associate")?.slice(5)).toEqual([4, "<3", "2–3"]);
    // with a minimum cell size of 1 nothing is hidden
    const exact = gapsCsvTable(await fixtureSummary(), 1);
    expect(
      exact
        .find((row) => row[0] === "bio" && row[2] === "2024H1" && row[4] === "bachelor")
        ?.slice(5),
    ).toEqual([5, 1, 4]);
  });

  it("writes the chain name as text, not markup or formula", async () => {
    const csv = toCsv(gapsCsvTable(await fixtureSummary(), 3));
    expect(csv).toContain(`xss,${scriptName},2024H2,education,associate,4,<3,2–3\r\n`);
  });

  it("pivots a ladder: a line per chain and wave, a column per level", async () => {
    const pivot = gapPivotTable(await fixtureSummary(), "title", 3, reportText("zh"));
    expect(pivot[0]).toEqual([
      "产业链代码",
      "产业链",
      "批次",
      "正高级",
      "副高级",
      "中级",
      "初级",
      "不限",
    ]);
    expect(pivot).toHaveLength(1 + 3 * 2);
    // bio 2024H1 title: intermediate D2 M2 → 0–1; none D5 M2 → 3–4
    expect(pivot[1]).toEqual(["bio", "生物基材料", "2024H1", 0, 0, "0–1", 0, "3–4"]);
  });
});
