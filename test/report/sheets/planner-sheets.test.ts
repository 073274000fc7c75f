import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { fixtureReport, scriptName } from "../../helpers/report-fixture.ts";

let out: string;
let book: XLSX.WorkBook;
let zip: Map<string, string>;

beforeAll(async () => {
  out = await fixtureReport();
  const bytes = readFileSync(join(out, "gaps.xlsx"));
  book = XLSX.read(bytes);
  // The sheet XML, to check what SheetJS does not read back (frozen panes, styles).
  const files: { FileIndex: { content?: ArrayLike<number> }[]; FullPaths: string[] } =
    XLSX.CFB.read(bytes, { type: "buffer" });
  zip = new Map(
    files.FileIndex.map((entry, i): [string, string] => [
      files.FullPaths[i] ?? "",
      Buffer.from(entry.content ?? []).toString("utf8"),
    ]),
  );
});

function sheet(name: string): unknown[][] {
  const ws = book.Sheets[name];
  if (!ws) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
}

describe("gaps.xlsx for planners", () => {
  it("has the 紧缺人才需求目录 in its usual layout under a title row", () => {
    const rows = sheet("紧缺人才需求目录");
    expect(rows[0]?.[0]).toBe("紧缺人才需求目录 · 2024H2");
    expect(rows[1]).toEqual([
      "序号",
      "产业链",
      "岗位",
      "专业要求",
      "学历要求",
      "职称要求",
      "需求人数",
      "紧缺程度",
      "需求单位数",
    ]);
    // bio 2024H2: 首席科学家, doctorate (available 1 of 3 → hidden: <3/3, band range) and
    // vice-senior (available 2 → hidden); xss: 钳工, associate, available 2 for 4.
    expect(rows.slice(2)).toEqual([
      [1, "生物基材料", "首席科学家", "聚乳酸", "博士", "副高级", 3, "非常紧缺–紧缺", 1],
      [2, scriptName, "钳工", "", "大专", "不限", 4, "非常紧缺–紧缺", 1],
    ]);
  });

  it("freezes and styles the header row and sets column widths", () => {
    const xml =
      [...zip.entries()].find(([path]) => path.endsWith("worksheets/sheet2.xml"))?.[1] ?? "";
    expect(xml).toContain(
      '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>',
    );
    expect(xml).toMatch(/<col min="3" max="3" width="\d+/);
    const first =
      [...zip.entries()].find(([path]) => path.endsWith("worksheets/sheet1.xml"))?.[1] ?? "";
    expect(first).toContain('state="frozen"');
    expect(first).toContain("<autoFilter");
    const styles = [...zip.entries()].find(([path]) => path.endsWith("styles.xml"))?.[1] ?? "";
    expect(styles).toContain("<b/>");
    expect(styles).toContain("FFDCE6F1");
  });

  it("suppresses people counts: a cell of 2 reads <3", () => {
    const chains = sheet("产业链一览");
    // xss: 2 people, 2024H2 demand 4, matched 2 → <3, gap 2–3
    expect(chains).toContainEqual([
      "xss",
      scriptName,
      "2024H2",
      4,
      "<3",
      "<3",
      "2–3",
      "<0.75",
      "非常紧缺–紧缺",
    ]);
    const csv = readFileSync(join(out, "gaps.csv"), "utf8");
    expect(csv).toContain("xss,<script>alert(1)</script>,2024H2,education,associate,4,<3,2–3");
  });

  it("neutralises formulas in every sheet", () => {
    for (const name of book.SheetNames) {
      const ws = book.Sheets[name] ?? {};
      for (const [address, cell] of Object.entries(ws)) {
        if (address.startsWith("!")) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f, `${name}!${address}`).toBeUndefined();
        if (typeof c.v === "string") expect(c.v, `${name}!${address}`).not.toMatch(/^[=+\-@]/);
      }
    }
    expect(sheet("剔除记录")).toContainEqual([
      "surveys/2024H1/企业需求.xlsx",
      "Sheet1",
      8,
      "需求人数",
      "'=1+2",
      "需求人数“=1+2”不是有效人数",
    ]);
  });
});
