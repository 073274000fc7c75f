import { describe, expect, it } from "vitest";
import { fieldCodes } from "../../src/aliases/canonical.ts";
import { kindOf } from "../../src/aliases/kinds.ts";
import { parseAliases } from "../../src/aliases/load.ts";
import { fieldSuggester } from "../../src/aliases/suggest.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const canonical = (kind: string, text: string) => (kind === "field" ? fieldCodes(text) : text);

describe("aliases.csv kind field", () => {
  it("is named field, 专业 or 研究领域", () => {
    for (const word of ["field", "Field", "专业", "专业要求", "研究领域", "研究方向", "major"]) {
      expect(kindOf(word)).toBe("field");
    }
  });

  it("takes discipline codes or names, several at once, or none", () => {
    expect(fieldCodes("0805")).toBe("0805");
    expect(fieldCodes("材料科学与工程")).toBe("0805");
    expect(fieldCodes("化学工程、0805")).toBe("0805;0817");
    expect(fieldCodes("none")).toBe("none");
    expect(fieldCodes("NONE")).toBe("none");
    // Text that names nothing, or names something and more, is not a canonical value.
    expect(fieldCodes("区块链")).toBeNull();
    expect(fieldCodes("材料学、区块链")).toBeNull();
    expect(fieldCodes("0856")).toBeNull();
  });

  it("skips a line whose canonical value names no discipline, with what to write instead", () => {
    const { book, problems } = parseAliases(
      utf8("kind,raw,canonical\n专业,区块链,计算机科学与技术\nfield,直播,网红\nfield,杂项,none\n"),
      (kind, text) => canonical(kind, text),
      "zh",
    );
    expect(book.get("field", "区块链")).toBe("0812");
    expect(book.get("field", "杂 项")).toBe("none");
    expect(problems.map((p) => [p.line, p.problem])).toEqual([[3, "bad_canonical"]]);
    expect(problems[0]?.message).toContain("学科代码或名称");
  });

  it("suggests disciplines by code, named for people", () => {
    const suggest = fieldSuggester();
    const list = suggest("高分子材料学");
    expect(list[0]).toMatchObject({ canonical: "0805", label: "材料科学与工程" });
    expect(list.length).toBeLessThanOrEqual(3);
    expect(suggest("区块链")).toEqual(suggest("区块链"));
  });
});
