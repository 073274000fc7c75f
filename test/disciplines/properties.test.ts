import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { disciplineByCode } from "../../src/disciplines/disciplines.ts";
import { disciplineTerms, resolveFields } from "../../src/disciplines/resolve.ts";
import { canonicalText, cleanText } from "../../src/text/clean.ts";

const terms = disciplineTerms();
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** Noise that cleaning removes: spaces of every kind and zero-width characters. */
const noise = fc.constantFrom("", " ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\t");

/** ASCII letters and digits to their full-width forms (ＰＬＣ, ０８０５). */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Pieces of real field cells: terms, connectors, separators, filler, codes and noise. */
const fragment = fc.oneof(
  fc.constantFrom(...terms.map(([term]) => term)),
  fc.constantFrom("与", "及", "和", "或", "以及", "、", "，", ",", ";", "/", "（", ")", " "),
  fc.constantFrom("相关专业", "等", "类", "方向", "优先", "不限", "无", "-", "专业"),
  fc.constantFrom("0805", "080502", "0856", "2024", "３", "ＰＬＣ", "量子", "工程", "學", "\u3000"),
  fc.constantFrom("\u200b", "\ufeff", "\u0301", "\ud800", "İ", "ß"),
);

const fieldCell = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 16 }),
  fc.string({ unit: "binary", maxLength: 16 }),
  fc.string({ unit: fragment, maxLength: 6 }),
  fc.string({ unit: fc.oneof(fragment, codeUnit), maxLength: 8 }),
);

describe("resolveFields, on any text", () => {
  it("never throws and gives sorted, distinct codes of the catalogue", () => {
    fc.assert(
      fc.property(fieldCell, (raw) => {
        const { codes } = resolveFields(raw);
        expect(codes).toEqual([...new Set(codes)].sort());
        for (const code of codes) expect(disciplineByCode(code)).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });

  it("is stable under cleanText", () => {
    fc.assert(
      fc.property(fieldCell, (raw) => {
        expect(resolveFields(cleanText(raw))).toEqual(resolveFields(raw));
      }),
      { numRuns: 1000 },
    );
  });

  it("reports unmatched parts that are pieces of the cell and name nothing on their own", () => {
    fc.assert(
      fc.property(fieldCell, (raw) => {
        const { unmatched } = resolveFields(raw);
        expect(new Set(unmatched).size).toBe(unmatched.length);
        for (const part of unmatched) {
          expect(part).not.toBe("");
          expect(canonicalText(raw)).toContain(part);
          expect(resolveFields(part).codes).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("reads two cells joined by punctuation as the union of both: no term spans punctuation", () => {
    const separator = fc.constantFrom("、", "，", ",", ";", "；", "/", "／", " / ");
    fc.assert(
      fc.property(fieldCell, separator, fieldCell, (left, sep, right) => {
        const union = [...resolveFields(left).codes, ...resolveFields(right).codes];
        expect(resolveFields(`${left}${sep}${right}`).codes).toEqual([...new Set(union)].sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe("resolveFields, on the catalogue's terms", () => {
  it("resolves each term in traditional and full-width form", () => {
    for (const [term, code] of terms) {
      const expected = { codes: [code], unmatched: [] };
      expect([term, resolveFields(toTraditional(term))]).toEqual([term, expected]);
      expect([term, resolveFields(fullWidth(term.toUpperCase()))]).toEqual([term, expected]);
    }
  });

  it("ignores spaces and zero-width characters inside a term", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...terms),
        fc.array(noise, { minLength: 8, maxLength: 8 }),
        ([term, code], gaps) => {
          const spaced = [...term].map((c, i) => `${gaps[i % gaps.length] ?? ""}${c}`).join("");
          expect(resolveFields(spaced).codes).toEqual([code]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
