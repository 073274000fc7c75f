import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { report } from "../../pipelines/report.ts";
import { summarySchema } from "../../src/report/summary/schema.ts";
import { execute } from "../../src/warehouse/sql.ts";
import { createReportTables, fixtureContext } from "../helpers/report-fixture.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

function workbookText(bytes: Buffer): string {
  const book = XLSX.read(bytes);
  return book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    return sheet ? XLSX.utils.sheet_to_csv(sheet) : "";
  }).join("\n");
}

function files(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

describe("report stage", () => {
  it("declares the tables it reads, none it writes, and never roster_rows", () => {
    expect(report.name).toBe("report");
    expect(report.writes).toEqual([]);
    expect(report.reads).not.toContain("roster_rows");
    expect([...report.reads].sort()).toEqual(
      [
        "input_files",
        "rejects",
        "demand_rows",
        "unresolved",
        "demand",
        "people",
        "person_facets",
        "chain_list",
        "demand_chain",
        "person_chain",
        "demand_levels",
        "supply_levels",
        "gaps",
      ].sort(),
    );
  });

  it("writes every file of docs/tables.md, and two runs differ only in the time", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const first = fixtureContext(db);
      await report.run(first);
      const written = files(first.out);
      expect(written.filter((f) => !/\.(svg|vl\.json)$/.test(f))).toEqual([
        "chains/bio.html",
        "chains/food.html",
        "chains/xss.html",
        "gaps.csv",
        "gaps.xlsx",
        "index.html",
        "quality.html",
        "rejects.csv",
        "summary.json",
        "unassigned.csv",
      ]);
      expect(written).toContain("charts/gap-heatmap.vl.json");
      expect(written).toContain("chains/bio/supply-map.svg");
      expect(written).toContain("chains/xss/gap-education.vl.json");
      const summary = summarySchema.parse(
        JSON.parse(readFileSync(join(first.out, "summary.json"), "utf8")),
      );
      expect(summary.generatedAt).toBe("2026-11-21T02:00:00Z");
      expect(summary.people).toEqual({ rowsLoaded: 7, distinct: 6 });
      expect(first.log.lines).toEqual([
        `[report] 3 chains, 2 waves: summary.json, 4 exports, 5 pages, ${written.filter((f) => f.endsWith(".svg")).length} chart files in ${first.out}`,
      ]);

      const second = { ...fixtureContext(db), now: () => new Date("2027-05-06T07:08:09Z") };
      await report.run(second);
      for (const file of files(first.out)) {
        const a = readFileSync(join(first.out, file));
        const b = readFileSync(join(second.out, file));
        if (file === "summary.json" || file.endsWith(".html")) {
          const clock = (text: string) =>
            text
              .replace(/2026-11-21T02:00:00Z|2027-05-06T07:08:09Z/, "T")
              .replaceAll(/2026-11-21 02:00:00 UTC|2027-05-06 07:08:09 UTC/g, "T");
          expect(clock(b.toString("utf8")), file).toBe(clock(a.toString("utf8")));
        } else if (file.endsWith(".xlsx")) {
          // The zip stamps each entry with the time it was packed: compare the cells.
          expect(workbookText(b), file).toBe(workbookText(a));
        } else {
          expect(b.equals(a), file).toBe(true);
        }
      }
    });
  });

  it("leaves no temporary file behind and writes nothing personal", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      const ctx = fixtureContext(db);
      await report.run(ctx);
      for (const file of files(ctx.out)) {
        expect(file).not.toMatch(/\.tmp$/);
        const bytes = readFileSync(join(ctx.out, file));
        const text = file.endsWith(".xlsx") ? workbookText(bytes) : bytes.toString("utf8");
        expect(text, file).not.toMatch(/pk-7f3a|11010519491231002X/);
        if (file.endsWith(".xlsx")) expect(text).toContain("（个人信息，已隐去）");
      }
    });
  });

  it("reports a workspace with chains but no file yet", async () => {
    await withWarehouse(async (db) => {
      await createReportTables(db);
      for (const table of report.reads) {
        if (table !== "chain_list") await execute(db, `delete from ${table}`);
      }
      const ctx = fixtureContext(db);
      await report.run(ctx);
      const summary = summarySchema.parse(
        JSON.parse(readFileSync(join(ctx.out, "summary.json"), "utf8")),
      );
      expect(summary.waves).toEqual([]);
      expect(summary.inputs).toEqual([]);
      expect(summary.chains.map((c) => [c.id, c.supply.people, c.waves])).toEqual([
        ["bio", 0, {}],
        ["xss", 0, {}],
        ["food", 0, {}],
      ]);
      expect(readFileSync(join(ctx.out, "rejects.csv"), "utf8")).toBe(
        "\uFEFF文件,工作表,行号,列,值,原因\r\n",
      );
      expect(readFileSync(join(ctx.out, "gaps.csv"), "utf8")).toBe(
        "\uFEFFchain_id,chain,wave,ladder,level,demand,matched,gap\r\n",
      );
      expect(readFileSync(join(ctx.out, "chains", "bio.html"), "utf8")).toContain("暂无数据");
    });
  });
});
