import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayTime, writeSite } from "../../src/render/site.ts";
import { buildSummary } from "../../src/summary/build.ts";
import { createReportTables, fixtureContext } from "../helpers/report-fixture.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

describe("writeSite", () => {
  it("writes index.html and a page per chain, and removes the page of a chain no longer listed", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const ctx = fixtureContext(db);
      mkdirSync(join(ctx.out, "chains"), { recursive: true });
      writeFileSync(join(ctx.out, "chains", "retired.html"), "old");
      writeFileSync(join(ctx.out, "chains", "notes.txt"), "kept");
      await writeSite(ctx, await buildSummary(ctx));
      expect(readdirSync(ctx.out).sort()).toEqual(["chains", "index.html"]);
      expect(readdirSync(join(ctx.out, "chains")).sort()).toEqual([
        "bio.html",
        "food.html",
        "notes.txt",
        "xss.html",
      ]);
      const index = readFileSync(join(ctx.out, "index.html"), "utf8");
      expect(index).toContain("2026-11-21 02:00:00 UTC");
      for (const id of ["bio", "xss", "food"]) {
        expect(index).toContain(`href="chains/${id}.html"`);
        expect(existsSync(join(ctx.out, "chains", `${id}.html`))).toBe(true);
      }
      expect(ctx.log.lines).toEqual([]);
    });
  });

  it("shows the generation time readably", () => {
    expect(displayTime("2026-11-21T02:00:00Z")).toBe("2026-11-21 02:00:00 UTC");
  });
});
