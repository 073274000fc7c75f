import { describe, expect, it } from "vitest";
import {
  bareText,
  blockers,
  isBlankOrPlaceholder,
  matchKey,
  pickKey,
  pickLevelOrNone,
  placeholderTerms,
  stripMinimum,
  termScanner,
  termsFor,
  vocabularyTerms,
} from "../../src/vocab/match.ts";

describe("termScanner", () => {
  const scan = termScanner<"a" | "b">([
    ...termsFor("a", ["研究员", "mba"]),
    ...termsFor("b", ["助理研究员"]),
    ...blockers(["研究员级"]),
  ]);

  it("lets the longest term claim its characters wherever it sits", () => {
    expect(scan("助理研究员").map((hit) => hit.key)).toEqual(["b"]);
    expect(scan("研究员、助理研究员").map((hit) => hit.key)).toEqual(["a", "b"]);
  });

  it("consumes blockers without reporting them", () => {
    expect(scan("研究员级")).toEqual([]);
  });

  it("does not match an ASCII term continuing a word on its left", () => {
    expect(scan("emba")).toEqual([]);
    expect(scan("mba硕士")).toEqual([{ key: "a", start: 0, end: 3 }]);
  });
});

describe("helpers", () => {
  it("builds match keys and bare texts", () => {
    expect(matchKey(" Ｐｈ．Ｄ　碩士 ")).toBe("ph.d硕士");
    expect(bareText("（无）")).toBe("无");
    expect(stripMinimum("中级及以上职称")).toBe("中级");
    expect(isBlankOrPlaceholder(matchKey("——"))).toBe(true);
    expect(isBlankOrPlaceholder(matchKey("N/A"))).toBe(true);
    expect(isBlankOrPlaceholder(matchKey("无锡"))).toBe(false);
  });

  it("picks by rank", () => {
    const order = ["x", "y", "z"] as const;
    expect(pickKey(["z", "x"], order, "highest")).toBe("x");
    expect(pickKey(["z", "x"], order, "lowest")).toBe("z");
    expect(pickKey(["z", "x"], order, "single")).toBeNull();
    expect(pickKey(["y", "y"], order, "single")).toBe("y");
    expect(pickKey([], order, "highest")).toBeNull();
  });

  it("reads a ladder cell as a level, none, or null", () => {
    const levels = ["x", "y"] as const;
    expect(pickLevelOrNone(["none", "y"], levels, "lowest")).toBe("y");
    expect(pickLevelOrNone(["none"], levels, "lowest")).toBe("none");
    expect(pickLevelOrNone(["x", "y"], levels, "single")).toBeNull();
    expect(pickLevelOrNone<"x" | "y" | "none">([], levels, "highest")).toBeNull();
  });

  it("lists a vocabulary's keyed terms, placeholders first, blockers left out", () => {
    const pairs = vocabularyTerms<"a" | "b">(
      "b",
      [...termsFor("a", ["甲"]), ...blockers(["乙"])],
      new Map([["丙", "b" as const]]),
    );
    expect(pairs).toEqual([...placeholderTerms().map((t) => [t, "b"]), ["甲", "a"], ["丙", "b"]]);
    expect(vocabularyTerms(null, termsFor("a", ["甲"]))).toEqual([["甲", "a"]]);
  });
});
