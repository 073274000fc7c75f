import { describe, expect, it } from "vitest";
import { canonicaliser } from "../../src/aliases/canonical.ts";
import { parseAliases } from "../../src/aliases/load.ts";
import { createRegionResolver } from "../../src/regions/index.ts";
import type { Chain } from "../../src/workspace/config.ts";

const chains: Chain[] = [
  {
    id: "bio",
    name: "生物基材料",
    aliases: ["生物基新材料"],
    sectors: ["生物基材料制造"],
    keywords: [],
  },
  { id: "energy", name: "新能源", aliases: [], sectors: [], keywords: [] },
];
const canonical = canonicaliser(chains, createRegionResolver({ locality: "410923" }));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("parseAliases", () => {
  it("reads kind,raw,canonical lines under an optional header, codes or names", () => {
    const { book, problems } = parseAliases(
      utf8(
        "kind,raw,canonical\n" +
          "education,研究生学历,master\n" +
          "education,硕博,博士\n" +
          "chain,战略性新兴产业,新能源\n" +
          "region,产业集聚区,410923\n" +
          "region,朝阳区,北京市朝阳区\n" +
          "sector,新材料,生物基材料制造\n" +
          "sector,批发,none\n" +
          "title,见习,junior\n",
      ),
      canonical,
      "zh",
    );
    expect(problems).toEqual([]);
    expect(book.size).toBe(8);
    expect(book.get("education", "研究生学历")).toBe("master");
    expect(book.get("education", "硕博")).toBe("doctorate");
    expect(book.get("chain", "战略性新兴产业")).toBe("energy");
    expect(book.get("region", "产业集聚区")).toBe("410923");
    expect(book.get("region", "朝阳区")).toBe("110105");
    expect(book.get("sector", "新材料")).toBe("生物基材料制造");
    expect(book.get("sector", "批发")).toBe("none");
    expect(book.get("title", "见习")).toBe("junior");
    // The kind matters: no education alias for a title.
    expect(book.get("title", "研究生学历")).toBeUndefined();
  });

  it("matches raw values as the vocabularies do: spaces, full width, traditional, case", () => {
    const { book } = parseAliases(
      utf8("education,研究生 学历,master\nchain,ＥＶ,energy\n"),
      canonical,
      "zh",
    );
    expect(book.get("education", "研究生學歷")).toBe("master");
    expect(book.get("education", " 研究生　学历 ")).toBe("master");
    expect(book.get("chain", "ev")).toBe("energy");
  });

  it("accepts Chinese headers and kinds, comments, blank lines, tabs and quoted cells", () => {
    const { book, problems } = parseAliases(
      utf8(
        '类型\t原值\t规范值\n# 注释\n\n学历\t"研究生, 在读"\t硕士\n地区\t长三角\t上海\n产业链\t新材料\tbio\n',
      ),
      canonical,
      "zh",
    );
    expect(problems).toEqual([]);
    expect(book.get("education", "研究生, 在读")).toBe("master");
    expect(book.get("region", "长三角")).toBe("310000");
    expect(book.get("chain", "新材料")).toBe("bio");
  });

  it("reads the encodings Excel saves: GB18030 and UTF-16 with a BOM", () => {
    // 学历,硕博,master in GB18030.
    const gb = Buffer.concat([
      Buffer.from([0xd1, 0xa7, 0xc0, 0xfa]),
      Buffer.from(","),
      Buffer.from([0xcb, 0xb6, 0xb2, 0xa9]),
      Buffer.from(",master\r\n"),
    ]);
    expect(parseAliases(gb, canonical, "zh").book.get("education", "硕博")).toBe("master");
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("学历\t硕博\tmaster\r\n", "utf16le"),
    ]);
    expect(parseAliases(utf16, canonical, "zh").book.get("education", "硕博")).toBe("master");
  });

  it("skips each bad line with a warning naming the line and the fix, keeping the rest", () => {
    const { book, problems } = parseAliases(
      utf8(
        [
          "kind,raw,canonical",
          "educaton,硕博,master",
          "education,硕博,大学霸",
          "education,硕博",
          "chain,某某产业,no-such-chain",
          "sector,新材料,不存在的行业",
          "region,某地,火星",
          "region,某地,999999",
          "title,见习,junior",
          "title,见习,intermediate",
        ].join("\n"),
      ),
      canonical,
      "zh",
    );
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [2, "unknown_kind"],
      [3, "bad_canonical"],
      [4, "columns"],
      [5, "bad_canonical"],
      [6, "bad_canonical"],
      [7, "bad_canonical"],
      [8, "bad_canonical"],
      [10, "duplicate"],
    ]);
    expect(problems[0]?.message).toContain("aliases.csv 第2行");
    expect(problems[0]?.message).toContain("educaton");
    expect(problems[0]?.message).toContain("education");
    expect(problems[1]?.message).toContain("大学霸");
    expect(problems[1]?.message).toContain("doctorate");
    expect(problems[7]?.message).toContain("第9行");
    // The later line wins.
    expect(book.get("title", "见习")).toBe("intermediate");
    expect(book.size).toBe(1);
  });

  it("warns in English on an English run, and about a file it cannot decode", () => {
    const { problems } = parseAliases(utf8("nope,a,b\n"), canonical, "en");
    expect(problems[0]?.message).toBe(
      'aliases.csv line 1: unknown kind "nope", expected one of education, title, skill, urgency, region, chain, sector, category, intention, field; line skipped',
    );
    const bad = parseAliases(Buffer.from([0xff, 0x00, 0xd8, 0x00, 0x80, 0x81]), canonical, "en");
    expect(bad.book.size).toBe(0);
  });
});

describe("canonical values", () => {
  it.each([
    ["education", "master", "master"],
    ["education", "硕士研究生", "master"],
    ["education", "none", "none"],
    ["education", "unknown", "unknown"],
    ["title", "高级工程师", "vice-senior"],
    ["title", "senior", "senior"],
    ["skill", "高级技师", "senior-technician"],
    ["urgency", "非常紧缺", "very-urgent"],
    ["intention", "全职回归", "full-time-return"],
    ["category", "科技副总", "科技副总"],
    ["chain", "bio", "bio"],
    ["chain", "生物基新材料", "bio"],
    ["chain", "none", "none"],
    ["sector", "生物基材料制造", "生物基材料制造"],
    ["region", "410923", "410923"],
    ["region", "410923105", "410923105"],
    ["region", "南乐县千口镇", "410923105"],
    ["region", "上海", "310000"],
    ["region", "美国", "overseas"],
    ["region", "overseas", "overseas"],
    ["region", "unknown", "unknown"],
  ] as const)("%s %s → %s", (kind, text, code) => {
    expect(canonical(kind, text)).toBe(code);
  });

  it.each([
    ["education", "大学霸"],
    ["title", ""],
    ["chain", "食品"],
    ["sector", "制造业"],
    ["region", "朝阳区"],
    ["region", "123456"],
    ["region", "火星"],
  ] as const)("%s %s is refused", (kind, text) => {
    expect(canonical(kind, text)).toBeNull();
  });
});
