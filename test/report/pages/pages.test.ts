import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureReport, scriptName } from "../../helpers/report-fixture.ts";

let zh: string;
let en: string;
let exact: string;
const pages = [
  "index.html",
  "quality.html",
  "chains/bio.html",
  "chains/xss.html",
  "chains/food.html",
];

beforeAll(async () => {
  zh = await fixtureReport();
  en = await fixtureReport({ lang: "en" });
  exact = await fixtureReport({ minCellSize: 1 });
});

const read = (dir: string, page: string) => readFileSync(join(dir, page), "utf8");
const svgs = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

describe("HTML pages", () => {
  it("need no network and run no script", () => {
    for (const dir of [zh, en]) {
      for (const name of pages) {
        const page = read(dir, name);
        const urls = page.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
        for (const url of urls) {
          expect(
            ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"],
            `${name}: ${url}`,
          ).toContain(url);
        }
        expect(page, name).not.toMatch(
          /<script|<link|<img|<iframe|@import|url\((?!#)|\son[a-z]+=|javascript:/i,
        );
        expect(page.startsWith("<!doctype html>")).toBe(true);
        expect(page).toContain("@media print");
        expect(page).toContain("size: A4");
      }
    }
  });

  it("show a chain or enterprise named <script> as text", () => {
    const index = read(zh, "index.html");
    expect(index).toContain('<a href="chains/xss.html">&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    const xss = read(zh, "chains/xss.html");
    expect(xss).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    const bio = read(zh, "chains/bio.html");
    expect(bio).toContain("&lt;script&gt;alert(1)&lt;/script&gt;有限公司");
    const quality = read(zh, "quality.html");
    expect(quality).toContain("&lt;b&gt;留学&lt;/b&gt;");
    for (const name of pages) expect(read(zh, name), name).not.toContain(scriptName);
  });

  it("hide people counts below the minimum cell size, as text and in charts", () => {
    const index = read(zh, "index.html");
    // xss: 2 people (hidden); 2024H2 demand 4, matched 2 (hidden), gap 2–3.
    expect(index).toMatch(
      /chains\/xss.html">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/a><\/th><td class="num">4<\/td><td class="num">&lt;3<\/td><td class="num">&lt;3<\/td><td class="num gap">2–3<\/td>/,
    );
    const xss = read(zh, "chains/xss.html");
    expect(xss).toContain("<dt>人才数</dt><dd>&lt;3</dd>");
    expect(xss).not.toMatch(/<dt>人才数<\/dt><dd>2<\/dd>/);
    // The fixture's one person in no chain, on the data-quality page.
    expect(read(zh, "quality.html")).toContain("人才 &lt;3</p></section>");
    const bio = read(zh, "chains/bio.html");
    // A cell of 1 or 2 people shows as <3 in tables and as a label without a bar in charts.
    expect(bio).toContain('<tr><th scope="row">上海市</th><td class="num">&lt;3</td></tr>');
    expect(bio).toContain(">&lt;3</text>");
    // Demand headcounts are not personal: exact.
    expect(bio).toContain("<dt>需求人数 · 2024H2</dt><dd>3</dd>");
    // With a minimum of 1 the figures are exact.
    expect(read(exact, "chains/xss.html")).toContain("<dt>人才数</dt><dd>2</dd>");
    expect(read(exact, "chains/bio.html")).toContain(
      '<tr><th scope="row">上海市</th><td class="num">2</td></tr>',
    );
  });

  it("draw charts with marks, each also written as .svg and .vl.json beside its page", () => {
    const bio = read(zh, "chains/bio.html");
    const charts = svgs(bio);
    expect(charts.length).toBeGreaterThanOrEqual(10);
    for (const svg of charts) expect(svg).toMatch(/role-mark/);
    for (const href of bio.match(/href="bio\/[a-z-]+\.(svg|vl\.json)"/g) ?? []) {
      const file = href.slice(6, -1);
      expect(readFileSync(join(zh, "chains", file), "utf8").length).toBeGreaterThan(100);
    }
    expect(read(zh, "charts/gap-heatmap.svg")).toContain("<svg");
    // food has nothing: no chart at all, notes instead
    expect(svgs(read(zh, "chains/food.html"))).toHaveLength(0);
    expect(read(zh, "chains/food.html")).toContain("暂无数据");
  });

  it("write a source note under every chart", () => {
    for (const name of pages) {
      const page = read(zh, name);
      const figures = page.match(/<figure[\s\S]*?<\/figure>/g) ?? [];
      for (const figure of figures) expect(figure, name).toMatch(/<p class="source">数据来源：/);
    }
    expect(read(zh, "chains/bio.html")).toContain(
      "2024H2 批次需求调查：企业 3 家，调查文件 2 份，剔除 0 行，整份未载入的文件 1 份；人才名录 1 份，截至 —",
    );
  });

  it("print the shortage formula with its parameters, and compare waves", () => {
    const bio = read(zh, "chains/bio.html");
    expect(bio).toContain("供需比 &lt; 0.5 为非常紧缺，&lt; 1 为紧缺，&lt; 2 为偏紧");
    expect(bio).toContain("2024H2 与上期 2024H1 比较");
    expect(bio).toContain("上期排位");
    expect(read(zh, "index.html")).toContain("紧缺程度");
  });

  it("list rejects, unresolved values and unassigned rows on the data-quality page", () => {
    const quality = read(zh, "quality.html");
    expect(quality).toContain('<a href="rejects.csv">');
    expect(quality).toContain("身份证号校验不通过");
    expect(quality).toContain("=HYPERLINK(1)");
    expect(quality).toContain("两链公司");
    expect(quality).not.toMatch(/11010519491231002X|pk-7f3a/);
    // A roster's place as written may be a home address: hidden.
    expect(quality).not.toContain("幸福小区3号楼");
    expect(quality).toContain("（个人信息，已隐去）");
  });

  it("carry no personal data", () => {
    for (const dir of [zh, en]) {
      for (const name of pages)
        expect(read(dir, name), name).not.toMatch(/pk-7f3a|11010519491231002X/);
    }
  });

  it("speak the run's language", () => {
    expect(read(zh, "index.html")).toContain('<html lang="zh-CN">');
    expect(read(zh, "index.html")).toContain("<h1>产业链人才图谱</h1>");
    const index = read(en, "index.html");
    expect(index).toContain('<html lang="en">');
    expect(index).toContain("<h1>Industry-chain talent maps</h1>");
    const bio = read(en, "chains/bio.html");
    expect(bio).toContain("Overview");
    expect(bio).toContain(">Overseas<");
    expect(bio).toContain("Shanghai");
    // No label of ours in Chinese: what is left is input (names, places, positions).
    const labels = bio.replace(
      /生物基材料|&lt;script&gt;alert\(1\)&lt;\/script&gt;有限公司|南乐生物科技有限公司|[一-龥]+(?:公司|县|市|镇|乡|省|员|师|家)/g,
      "",
    );
    expect(labels).not.toMatch(/需求|人才|学历|缺口|数据来源|紧缺/);
  });
});
