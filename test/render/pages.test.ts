import { beforeAll, describe, expect, it } from "vitest";
import { reportText } from "../../src/messages/report.ts";
import { loadPlaces } from "../../src/output/places.ts";
import { renderChainPage } from "../../src/render/chain-page.ts";
import type { PageOptions } from "../../src/render/figures.ts";
import { renderIndex } from "../../src/render/index-page.ts";
import { buildSummary } from "../../src/summary/build.ts";
import { type EmployerDemand, queryEmployers } from "../../src/summary/employers.ts";
import type { Summary } from "../../src/summary/schema.ts";
import { createReportTables, fixtureContext, scriptName } from "../helpers/report-fixture.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

let summary: Summary;
let employers: Map<string, EmployerDemand[]>;
const warnings: string[] = [];

function options(lang: "zh" | "en" = "zh", minCellSize = 3): PageOptions {
  return {
    lang,
    text: reportText(lang),
    minCellSize,
    places: loadPlaces(),
    generatedAt: "2026-11-21 02:00:00 UTC",
    onWarning: (message) => warnings.push(message),
  };
}

beforeAll(async () => {
  await withWarehouse(async (db) => {
    await createReportTables(db);
    summary = await buildSummary(fixtureContext(db));
    employers = await queryEmployers(db);
  });
});

async function chainPage(id: string, lang: "zh" | "en" = "zh", minCellSize = 3): Promise<string> {
  const chain = summary.chains.find((c) => c.id === id);
  if (!chain) throw new Error(`no chain ${id}`);
  return renderChainPage(summary, chain, employers.get(id) ?? [], options(lang, minCellSize));
}

async function allPages(lang: "zh" | "en" = "zh"): Promise<[string, string][]> {
  const pages: [string, string][] = [["index", renderIndex(summary, options(lang))]];
  for (const chain of summary.chains) pages.push([chain.id, await chainPage(chain.id, lang)]);
  return pages;
}

function svgs(page: string): string[] {
  return page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
}

describe("HTML pages", () => {
  it("inline one SVG with marks per chart", async () => {
    // bio: demand + supply + 2 waves × (education, title) gaps + provinces
    const bio = svgs(await chainPage("bio"));
    expect(bio).toHaveLength(7);
    for (const svg of bio) expect(svg).toMatch(/class="mark-rect role-mark/);
    // Every province of bio holds fewer than 3 people: that chart has labels ("<3") but no bar.
    const drawn = (svg: string) => /<path[^>]*aria-roledescription="bar"/.test(svg);
    expect(bio.map(drawn)).toEqual([true, true, true, true, true, true, false]);
    expect(bio[6]).toContain(">&lt;3</text>");
    const exact = svgs(await chainPage("bio", "zh", 1));
    expect(exact.map(drawn)).toEqual([true, true, true, true, true, true, true]);
    // xss has no demand in 2024H1: its gap charts give way to a note
    expect(svgs(await chainPage("xss"))).toHaveLength(5);
    // food has nothing: no chart at all, a note instead
    const food = await chainPage("food");
    expect(svgs(food)).toHaveLength(0);
    expect(food).toContain("暂无数据");
    expect(warnings).toEqual([]);
  });

  it("need no network and run no script", async () => {
    for (const lang of ["zh", "en"] as const) {
      for (const [name, page] of await allPages(lang)) {
        const urls = page.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
        for (const url of urls) {
          expect(
            ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"],
            `${name}: ${url}`,
          ).toContain(url);
        }
        expect(page, name).not.toMatch(
          /<script|<link|<img|<iframe|@import|url\(|\son[a-z]+=|javascript:/i,
        );
        expect(page.startsWith("<!doctype html>")).toBe(true);
        expect(page).toContain("@media print");
        expect(page).toContain("size: A4");
      }
    }
  });

  it("show a chain or enterprise named <script> as text", async () => {
    const index = renderIndex(summary, options());
    expect(index).toContain('<a href="chains/xss.html">&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    expect(index).not.toContain(scriptName);
    const xss = await chainPage("xss");
    expect(xss).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    expect(xss).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt; · 产业链人才图谱</title>");
    const bio = await chainPage("bio");
    expect(bio).toContain("<td>&lt;script&gt;alert(1)&lt;/script&gt;有限公司</td>");
    expect(bio).not.toContain("<script");
  });

  it("hide people counts below the minimum cell size", async () => {
    const index = renderIndex(summary, options());
    // xss has 2 people; in 2024H2 its 4 positions match 2 people (hidden), gap 2 → 2–3
    expect(index).toContain(
      '<a href="chains/xss.html">&lt;script&gt;alert(1)&lt;/script&gt;</a></th><td class="num">&lt;3</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">4</td><td class="num">&lt;3</td><td class="num">2–3</td></tr>',
    );
    // bio has 4 people: shown
    expect(index).toContain('<a href="chains/bio.html">生物基材料</a></th><td class="num">4</td>');
    const xss = await chainPage("xss");
    expect(xss).toContain("<dt>人才数</dt><dd>&lt;3</dd>");
    expect(xss).not.toMatch(/<dt>人才数<\/dt><dd>2<\/dd>/);
    const bio = await chainPage("bio");
    expect(bio).toContain(
      '<tr><th scope="row">本科</th><td class="num">5</td><td class="num">&lt;3</td><td class="num">3–4</td></tr>',
    );
    expect(bio).toContain('<tr><th scope="row">上海市</th><td class="num">&lt;3</td></tr>');
    // Demand headcounts are not personal: exact.
    expect(bio).toContain("<dt>需求人数 · 2024H2</dt><dd>3</dd>");
    // With a minimum of 1 the figures are exact.
    const exact = await chainPage("xss", "zh", 1);
    expect(exact).toContain("<dt>人才数</dt><dd>2</dd>");
  });

  it("carry no personal data", async () => {
    for (const [name, page] of await allPages()) {
      expect(page, name).not.toMatch(/pk-7f3a|11010519491231002X/);
    }
  });

  it("speak the run's language", async () => {
    const zh = renderIndex(summary, options("zh"));
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain("<h1>产业链人才图谱</h1>");
    const en = renderIndex(summary, options("en"));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>Industry-chain talent maps</h1>");
    const bio = await chainPage("bio", "en");
    expect(bio).toContain("Back to all chains");
    expect(bio).toContain(">Overseas<");
    expect(bio).not.toMatch(/[需求人才学历缺口]/);
  });

  it("name provinces and demand regions, and link back to the index", async () => {
    const bio = await chainPage("bio");
    expect(bio).toContain('<a href="../index.html">返回总览</a>');
    expect(bio).toContain(
      '<tr><th scope="row">2024H1</th><td>清丰县</td><td class="num">5</td></tr>',
    );
    expect(bio).toContain(
      '<tr><th scope="row">2024H1</th><td>南乐县</td><td class="num">2</td></tr>',
    );
    expect(bio).toContain(">天津市<");
    expect(bio).toContain(">海外<");
  });
});
