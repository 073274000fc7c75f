import { describe, expect, it } from "vitest";
import {
  englishCategoryName,
  englishDisciplineName,
} from "../../src/disciplines/catalogue/english.ts";
import {
  CATALOGUE_EDITION,
  categories,
  disciplineByCode,
  disciplines,
} from "../../src/disciplines/disciplines.ts";
import { matchKey } from "../../src/vocab/match.ts";

const all = disciplines();

describe("the discipline catalogue", () => {
  it("is the 2022 edition: 14 categories and 117 first-level disciplines", () => {
    expect(CATALOGUE_EDITION).toContain("2022");
    expect(categories().map((c) => `${c.code} ${c.name}`)).toEqual([
      "01 哲学",
      "02 经济学",
      "03 法学",
      "04 教育学",
      "05 文学",
      "06 历史学",
      "07 理学",
      "08 工学",
      "09 农学",
      "10 医学",
      "11 军事学",
      "12 管理学",
      "13 艺术学",
      "14 交叉学科",
    ]);
    expect(all).toHaveLength(117);
  });

  it("counts the disciplines of each category as the 2022 catalogue does", () => {
    const counts = Object.fromEntries(
      categories().map((c) => [c.name, all.filter((d) => d.category === c).length]),
    );
    expect(counts).toEqual({
      哲学: 1,
      经济学: 2,
      法学: 8,
      教育学: 3,
      文学: 3,
      历史学: 3,
      理学: 14,
      工学: 38,
      农学: 10,
      医学: 11,
      军事学: 11,
      管理学: 5,
      艺术学: 1,
      交叉学科: 7,
    });
  });

  it("has unique four-digit academic codes, in code order", () => {
    const codes = all.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^\d{4}$/);
      // A third digit of 5 marks a professional degree category, which is not a discipline.
      expect(code[2]).not.toBe("5");
    }
    expect(codes).toEqual([...codes].sort());
  });

  it("files each discipline under the category its code starts with", () => {
    for (const d of all) {
      expect([d.code, d.category.code]).toEqual([d.code, d.code.slice(0, 2)]);
      expect(categories()).toContain(d.category);
    }
  });

  it("names the disciplines the brief relies on with their 2022 codes", () => {
    const names = Object.fromEntries(all.map((d) => [d.code, d.name]));
    expect(names).toMatchObject({
      "0703": "化学",
      "0710": "生物学",
      "0802": "机械工程",
      "0805": "材料科学与工程",
      "0808": "电气工程",
      "0809": "电子科学与技术",
      "0810": "信息与通信工程",
      "0811": "控制科学与工程",
      "0812": "计算机科学与技术",
      "0817": "化学工程与技术",
      "0832": "食品科学与工程",
      "0835": "软件工程",
      "0836": "生物工程",
      "1202": "工商管理学",
      "1403": "设计学",
    });
    // Gone from the 2022 edition as academic disciplines: 风景园林学, 医学技术.
    expect(disciplineByCode("0834")).toBeUndefined();
    expect(disciplineByCode("1010")).toBeUndefined();
  });

  it("looks disciplines up by code", () => {
    expect(disciplineByCode("0805")?.name).toBe("材料科学与工程");
    expect(disciplineByCode("0805")?.category).toEqual({ code: "08", name: "工学" });
    expect(disciplineByCode("0856")).toBeUndefined();
    expect(disciplineByCode("")).toBeUndefined();
  });

  it("lists each discipline's own name as its first term", () => {
    for (const d of all) expect(d.terms[0]).toBe(d.name);
  });

  it("gives every term to one discipline only", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const d of all) {
      for (const term of d.terms) {
        const key = term.toLowerCase();
        const other = owner.get(key);
        if (other !== undefined) clashes.push(`${term}: ${other} and ${d.code}`);
        owner.set(key, d.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("writes every term in the form cells are matched in, without digits or punctuation", () => {
    for (const d of all) {
      for (const term of d.terms) {
        expect([term, matchKey(term)]).toEqual([term, term.toLowerCase()]);
        expect([term, /[\d\p{P}\p{S}\s]/u.test(term)]).toEqual([term, false]);
      }
    }
  });
});

describe("English names", () => {
  it("name every discipline and category of the catalogue", () => {
    for (const d of disciplines()) expect(englishDisciplineName(d.code), d.code).toBeTruthy();
    for (const c of categories()) expect(englishCategoryName(c.code), c.code).toBeTruthy();
    expect(englishDisciplineName("0805")).toBe("Materials Science and Engineering");
  });
});
