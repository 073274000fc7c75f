import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText, cleanText, compactText, toSimplified } from "../../src/text/clean.ts";

/** Any UTF-16 code unit, so lone surrogates are generated too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Pieces the real files are made of, to hit the interesting paths often. */
const piece = fc.constantFrom(
  " ",
  "\u3000",
  "\u00a0",
  "\u202f",
  "\t",
  "\n",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u2060",
  "３",
  "ｉ",
  "（",
  "碩士",
  "學歷",
  "本科及以上",
  "e",
  "\u0301",
  "\u0316",
  "ﾊﾞ",
  "①",
  "\ud800",
  "\udc00",
);
const anyText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: piece, maxLength: 12 }),
  fc.string({ unit: fc.oneof(piece, codeUnit), maxLength: 12 }),
);

describe("cleanText", () => {
  it("folds full-width forms, odd spaces and zero-width characters", () => {
    expect(cleanText("３人")).toBe("3人");
    expect(cleanText("ＡＢＣ１２３（硕士）")).toBe("ABC123(硕士)");
    expect(cleanText("\u3000本科\u3000及以上\u3000")).toBe("本科 及以上");
    expect(cleanText("本\u200b科\ufeff")).toBe("本科");
    expect(cleanText("a\u00a0\u00a0b\t\n c")).toBe("a b c");
    expect(cleanText("  \u2060 ")).toBe("");
  });

  it("gives an empty string for null, undefined and blanks", () => {
    expect(cleanText(null)).toBe("");
    expect(cleanText(undefined)).toBe("");
    expect(cleanText("\u3000 \u200b")).toBe("");
  });

  it("never throws and returns trimmed single-spaced text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = cleanText(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s|[\u200b-\u200d\u2060\ufeff]|[^\S ]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => cleanText(cleanText(s)) === cleanText(s)),
      { numRuns: 2000 },
    );
  });

  it("is stable under NFKC", () => {
    fc.assert(
      fc.property(anyText, (s) => cleanText(s) === cleanText(s.normalize("NFKC"))),
      { numRuns: 2000 },
    );
  });
});

describe("toSimplified, canonicalText, compactText", () => {
  it("converts traditional (standard, Taiwan and Hong Kong forms) to simplified", () => {
    expect(toSimplified("碩士")).toBe("硕士");
    expect(toSimplified("南樂縣")).toBe("南乐县");
    expect(toSimplified("大學本科")).toBe("大学本科");
    expect(toSimplified("衞生")).toBe("卫生");
    expect(toSimplified("本科及以上")).toBe("本科及以上");
  });

  it("cleans, then simplifies", () => {
    expect(canonicalText("\u3000碩士研究生\u3000")).toBe("硕士研究生");
    expect(canonicalText(null)).toBe("");
    expect(compactText("學\u3000歷")).toBe("学历");
    expect(compactText(" 学 历 ")).toBe("学历");
  });

  it("is idempotent where the dictionary chains (薴 → 苧 → 苎)", () => {
    expect(canonicalText(canonicalText("薴"))).toBe(canonicalText("薴"));
  });

  it("never throws, is idempotent and leaves no spaces in compact text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const canonical = canonicalText(s);
        expect(canonicalText(canonical)).toBe(canonical);
        expect(compactText(s)).not.toContain(" ");
      }),
      { numRuns: 1000 },
    );
  });
});
