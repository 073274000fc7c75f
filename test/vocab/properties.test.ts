import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/text/clean.ts";
import { categoryLabels, categoryTerms, resolveCategory } from "../../src/vocab/category.ts";
import { educationTerms, resolveEducation } from "../../src/vocab/education.ts";
import { intentionKeys, intentionTerms, resolveIntention } from "../../src/vocab/intention.ts";
import { demandEducationKeys, supplyEducationKeys } from "../../src/vocab/ladders.ts";
import { resolveSkill, skillKeys, skillTerms } from "../../src/vocab/skill.ts";
import { resolveTitle, titleKeys, titleTerms } from "../../src/vocab/title.ts";
import { resolveUrgency, urgencyKeys, urgencyTerms } from "../../src/vocab/urgency.ts";
import { anyCell, fullWidth, noise } from "./arbitraries.ts";

type Resolve = (raw: string) => string | null;

const vocabularies: {
  name: string;
  resolve: Resolve;
  keys: readonly string[];
  terms: readonly (readonly [string, string])[];
}[] = [
  {
    name: "education (demand)",
    resolve: (raw) => resolveEducation(raw, "demand"),
    keys: demandEducationKeys,
    terms: educationTerms("demand"),
  },
  {
    name: "education (roster)",
    resolve: (raw) => resolveEducation(raw, "roster"),
    keys: supplyEducationKeys,
    terms: educationTerms("roster"),
  },
  { name: "title", resolve: (raw) => resolveTitle(raw), keys: titleKeys, terms: titleTerms() },
  {
    name: "title (demand)",
    resolve: (raw) => resolveTitle(raw, "demand"),
    keys: titleKeys,
    terms: titleTerms(),
  },
  { name: "skill", resolve: (raw) => resolveSkill(raw), keys: skillKeys, terms: skillTerms() },
  {
    name: "skill (roster)",
    resolve: (raw) => resolveSkill(raw, "roster"),
    keys: skillKeys,
    terms: skillTerms(),
  },
  { name: "urgency", resolve: resolveUrgency, keys: urgencyKeys, terms: urgencyTerms() },
  { name: "intention", resolve: resolveIntention, keys: intentionKeys, terms: intentionTerms() },
  { name: "category", resolve: resolveCategory, keys: categoryLabels, terms: categoryTerms() },
];

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

describe.each(vocabularies)("$name", ({ resolve, keys, terms }) => {
  it("never throws and returns a key of its vocabulary or null", () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const key = resolve(raw);
        return key === null || keys.includes(key);
      }),
      { numRuns: 500 },
    );
  });

  it("is stable under cleanText", () => {
    fc.assert(
      fc.property(anyCell, (raw) => resolve(raw) === resolve(cleanText(raw))),
      { numRuns: 500 },
    );
  });

  it("resolves each of its terms to the term's key, also in traditional and full-width form", () => {
    expect(terms.length).toBeGreaterThan(0);
    for (const [term, key] of terms) {
      expect(keys).toContain(key);
      expect([term, resolve(term)]).toEqual([term, key]);
      expect([term, resolve(toTraditional(term))]).toEqual([term, key]);
      expect([term, resolve(fullWidth(term.toUpperCase()))]).toEqual([term, key]);
    }
  });

  it("ignores spaces and zero-width characters inside a term", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...terms),
        fc.array(noise, { minLength: 8, maxLength: 8 }),
        ([term, key], gaps) => {
          const spaced = [...term].map((c, i) => `${gaps[i % gaps.length] ?? ""}${c}`).join("");
          return resolve(spaced) === key;
        },
      ),
      { numRuns: 300 },
    );
  });
});
