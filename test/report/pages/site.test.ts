import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayTime, writeSite } from "../../../src/report/files/site.ts";
import { reportModel } from "../../../src/report/report.ts";
import { buildSummary } from "../../../src/report/summary/build.ts";
import { createReportTables, fixtureContext } from "../../helpers/report-fixture.ts";
import { withWarehouse } from "../../helpers/warehouse.ts";

describe("writeSite", () => {
  it("writes the pages and their charts, and removes what a retired chain left", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const ctx = fixtureContext(db);
      mkdirSync(join(ctx.out, "chains", "retired"), { recursive: true });
      writeFileSync(join(ctx.out, "chains", "retired.html"), "old");
      writeFileSync(join(ctx.out, "chains", "retired.pdf"), "old");
      writeFileSync(join(ctx.out, "chains", "retired", "demand-education.svg"), "old");
      writeFileSync(join(ctx.out, "chains", "notes.txt"), "kept");
      mkdirSync(join(ctx.out, "chains", "bio"), { recursive: true });
      writeFileSync(join(ctx.out, "chains", "bio", "dropped-chart.vl.json"), "{}");
      const site = await writeSite(ctx, await reportModel(ctx, await buildSummary(ctx)));
      expect(readdirSync(ctx.out).sort()).toEqual([
        "chains",
        "charts",
        "index.html",
        "quality.html",
      ]);
      expect(readdirSync(join(ctx.out, "chains")).sort()).toEqual([
        "bio",
        "bio.html",
        "food.html",
        "notes.txt",
        "xss",
        "xss.html",
      ]);
      expect(existsSync(join(ctx.out, "chains", "bio", "dropped-chart.vl.json"))).toBe(false);
      expect(readdirSync(join(ctx.out, "charts"))).toEqual([
        "gap-heatmap.svg",
        "gap-heatmap.vl.json",
      ]);
      expect(site.pages.map((p) => p.slice(ctx.out.length + 1))).toEqual([
        "index.html",
        "quality.html",
        "chains/bio.html",
        "chains/xss.html",
        "chains/food.html",
      ]);
      const index = readFileSync(join(ctx.out, "index.html"), "utf8");
      expect(index).toContain("2026-11-21 02:00:00 UTC");
      for (const id of ["bio", "xss", "food"]) expect(index).toContain(`href="chains/${id}.html"`);
      expect(ctx.log.lines).toEqual([]);
    });
  });

  it("shows the generation time readably", () => {
    expect(displayTime("2026-11-21T02:00:00Z")).toBe("2026-11-21 02:00:00 UTC");
  });
});
