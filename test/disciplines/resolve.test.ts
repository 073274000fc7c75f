import { describe, expect, it } from "vitest";
import { disciplines } from "../../src/disciplines/disciplines.ts";
import { disciplineTerms, resolveFields } from "../../src/disciplines/resolve.ts";

const codes = (raw: string | null | undefined) => resolveFields(raw).codes;

describe("resolveFields", () => {
  it.each([
    ["高分子材料与工程", ["0805"]],
    ["聚乳酸合成工艺", ["0817"]],
    ["材料学", ["0805"]],
    ["机械设计制造及其自动化", ["0802"]],
    ["PLC编程", ["0811"]],
    ["材料学、化学工程", ["0805", "0817"]],
  ])("reads %s as %j", (raw, expected) => {
    expect(resolveFields(raw)).toEqual({ codes: expected, unmatched: [] });
  });

  it("lets the longest term claim its characters", () => {
    // Not also 化学工程 (0817) or 工程 through a shorter term inside the name.
    expect(codes("高分子材料与工程")).toEqual(["0805"]);
    // Not also 自动化 (0811).
    expect(codes("电气工程及其自动化")).toEqual(["0808"]);
    expect(codes("材料成型及控制工程")).toEqual(["0802"]);
    // Not 电子 (0809).
    expect(codes("电子商务")).toEqual(["1202"]);
    // Not 生物学 (0710) and 药学 (1007).
    expect(codes("生物制药")).toEqual(["0836"]);
    // 中药学 is not 药学, 兽医学 is not 临床医学, 生物医学工程 is neither.
    expect(codes("中药学")).toEqual(["1008"]);
    expect(codes("兽医学")).toEqual(["0906"]);
    expect(codes("生物医学工程")).toEqual(["0831"]);
  });

  it("splits on punctuation and on connectors outside terms", () => {
    expect(codes("材料学，化学工程")).toEqual(["0805", "0817"]);
    expect(codes("材料学;化学工程")).toEqual(["0805", "0817"]);
    expect(codes("机械/电气")).toEqual(["0802", "0808"]);
    expect(codes("化工与材料")).toEqual(["0805", "0817"]);
    expect(codes("会计和金融")).toEqual(["0202", "1202"]);
    expect(codes("机械类、电气类相关专业")).toEqual(["0802", "0808"]);
    expect(codes("计算机科学与技术、软件工程")).toEqual(["0812", "0835"]);
  });

  it("reads a connector at either end of a part as part of a word", () => {
    // 碳中和 is one word, not 碳中 and something: the fix loop lists it whole.
    expect(resolveFields("碳中和")).toEqual({ codes: [], unmatched: ["碳中和"] });
    expect(resolveFields("材料学、碳中和")).toEqual({ codes: ["0805"], unmatched: ["碳中和"] });
    expect(resolveFields("和平")).toEqual({ codes: [], unmatched: ["和平"] });
  });

  it("reads skills, vocational majors and trade words", () => {
    expect(codes("数控技术")).toEqual(["0802"]);
    expect(codes("焊接")).toEqual(["0802"]);
    expect(codes("电气自动化技术")).toEqual(["0811"]);
    expect(codes("发酵工程")).toEqual(["0836"]);
    expect(codes("食品质量与安全")).toEqual(["0832"]);
    expect(codes("果蔬加工")).toEqual(["0832"]);
    expect(codes("财务管理")).toEqual(["1202"]);
    expect(codes("英语")).toEqual(["0502"]);
    expect(codes("光伏")).toEqual(["0808"]);
    expect(codes("嵌入式开发")).toEqual(["0809"]);
    expect(codes("软件开发")).toEqual(["0835"]);
  });

  it("reads catalogue codes written as such", () => {
    expect(codes("0805")).toEqual(["0805"]);
    expect(codes("080502")).toEqual(["0805"]);
    expect(codes("0805材料科学与工程")).toEqual(["0805"]);
    // Not a discipline: a professional degree category, a year, a headcount.
    expect(resolveFields("0856")).toEqual({ codes: [], unmatched: ["0856"] });
    expect(codes("2024")).toEqual([]);
    expect(codes("08051")).toEqual([]);
  });

  it("resolves traditional and full-width spellings", () => {
    expect(codes("機械設計製造及其自動化")).toEqual(["0802"]);
    expect(codes("高分子材料與工程")).toEqual(["0805"]);
    expect(codes("材料學、化學工程")).toEqual(["0805", "0817"]);
    expect(codes("ＰＬＣ編程")).toEqual(["0811"]);
    expect(codes("ｐｌｃ")).toEqual(["0811"]);
    expect(codes("\u3000材料　科学与工程\u3000")).toEqual(["0805"]);
    expect(codes("材料学；化学工程／食品科学")).toEqual(["0805", "0817", "0832"]);
    expect(codes("０８０５")).toEqual(["0805"]);
  });

  it("gives nothing for blanks, placeholders and 'any field'", () => {
    for (const raw of [
      null,
      undefined,
      "",
      "  ",
      "\u3000",
      "-",
      "/",
      "无",
      "N/A",
      "不限",
      "专业不限",
    ]) {
      expect([raw, resolveFields(raw)]).toEqual([raw, { codes: [], unmatched: [] }]);
    }
    expect(resolveFields("相关专业")).toEqual({ codes: [], unmatched: [] });
  });

  it("reports the parts that named nothing, as written", () => {
    expect(resolveFields("量子纠缠")).toEqual({ codes: [], unmatched: ["量子纠缠"] });
    expect(resolveFields("xyz")).toEqual({ codes: [], unmatched: ["xyz"] });
    expect(resolveFields("化工与量子计算")).toEqual({ codes: ["0817"], unmatched: ["量子计算"] });
    expect(resolveFields("Quantum Computing、化工、理工科")).toEqual({
      codes: ["0817"],
      unmatched: ["Quantum Computing", "理工科"],
    });
    expect(resolveFields("理工科，理工科")).toEqual({ codes: [], unmatched: ["理工科"] });
  });

  it("does not report filler around a field", () => {
    expect(resolveFields("机械及相关专业")).toEqual({ codes: ["0802"], unmatched: [] });
    expect(resolveFields("化学、化工类专业优先")).toEqual({
      codes: ["0703", "0817"],
      unmatched: [],
    });
    expect(resolveFields("生物工程、发酵工程等相关专业")).toEqual({
      codes: ["0836"],
      unmatched: [],
    });
  });

  it("resolves every discipline's own name to that discipline alone", () => {
    for (const d of disciplines()) {
      expect([d.name, resolveFields(d.name)]).toEqual([d.name, { codes: [d.code], unmatched: [] }]);
    }
  });
});

describe("disciplineTerms", () => {
  it("pairs every term with its discipline's code, names included", () => {
    const terms = disciplineTerms();
    expect(terms).toContainEqual(["材料科学与工程", "0805"]);
    expect(terms).toContainEqual(["PLC", "0811"]);
    expect(terms).toContainEqual(["发酵", "0836"]);
    const count = disciplines().reduce((n, d) => n + d.terms.length, 0);
    expect(terms).toHaveLength(count);
  });

  it("resolves each term to its own code", () => {
    for (const [term, code] of disciplineTerms()) {
      expect([term, resolveFields(term)]).toEqual([term, { codes: [code], unmatched: [] }]);
    }
  });
});
