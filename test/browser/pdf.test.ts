import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { report } from "../../pipelines/report.ts";
import { findChromium, printPdfs } from "../../src/report/files/pdf.ts";
import { createReportTables, fixtureContext } from "../helpers/report-fixture.ts";
import { withWarehouse } from "../helpers/warehouse.ts";
import { browserAvailable, chromiumPath } from "./chromium.ts";

const available = browserAvailable();
const scratch = mkdtempSync(join(tmpdir(), "talentmap-pdf-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("--pdf", () => {
  it("finds Chromium by $TALENTMAP_CHROMIUM first, and reports none when there is none", () => {
    expect(findChromium({ TALENTMAP_CHROMIUM: "/nowhere/chromium" }, ["/usr/bin/true"])).toBeNull();
    expect(findChromium({}, ["/nowhere/chromium", "/usr/bin/env"])).toBe("/usr/bin/env");
    expect(findChromium({}, ["/nowhere/chromium"])).toBeNull();
  });

  it("skips with a clear note when no Chromium is installed", async () => {
    const saved = process.env.TALENTMAP_CHROMIUM;
    process.env.TALENTMAP_CHROMIUM = "/nowhere/chromium";
    try {
      await withWarehouse(async (db) => {
        await createReportTables(db);
        const ctx = { ...fixtureContext(db), pdf: true };
        await report.run(ctx);
        expect(ctx.log.lines.at(-1)).toMatch(
          /^warning: --pdf: no Chromium or Chrome found .*PDFs skipped/,
        );
      });
    } finally {
      if (saved === undefined) delete process.env.TALENTMAP_CHROMIUM;
      else process.env.TALENTMAP_CHROMIUM = saved;
    }
  });

  it.runIf(available)(
    "prints a page to A4 PDF with its Chinese text in an embedded CJK font",
    async () => {
      const page = join(scratch, "page.html");
      writeFileSync(
        page,
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>@page { size: A4 } body { font-family: "Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif }</style><h1>产业链人才图谱</h1><p>生物基材料：缺口 16 人</p></html>`,
      );
      const [pdf] = await printPdfs(chromiumPath, [page]);
      expect(pdf).toBe(join(scratch, "page.pdf"));
      expect(
        readFileSync(pdf ?? "")
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
      const fonts = execFileSync("pdffonts", [pdf ?? ""], { encoding: "utf8" });
      // name, type, encoding, emb: a CJK font (WenQuanYi or Noto CJK) embedded
      expect(fonts).toMatch(
        /(WenQuanYi|NotoSansCJK|Noto Sans CJK)\S*\s+CID TrueType\s+Identity-H\s+yes/i,
      );
      const info = execFileSync("pdfinfo", [pdf ?? ""], { encoding: "utf8" });
      expect(info).toMatch(/Page size:.*\(A4\)/);
      const text = execFileSync("pdftotext", [pdf ?? "", "-"], { encoding: "utf8" });
      expect(text).toContain("产业链人才图谱");
    },
  );
});
