import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegionResolution } from "../../src/regions/resolve.ts";
import { createRegionResolver } from "../../src/regions/resolve.ts";

const resolver = createRegionResolver({ locality: "410923" });

const STATUSES = new Set(["ok", "overseas", "ambiguous", "unknown"]);

const SAMPLES = [
  "上海市浦东新区",
  "江苏南京",
  "河南省濮阳市南乐县千口镇",
  "南樂縣",
  "城关镇",
  "朝阳区",
  "北京朝阳区",
  "美国硅谷",
  "USA",
  "香港",
  "上海、北京",
  "南乐县(城关镇)",
  "火星",
];

/** Characters that make interesting place text: from real names, plus ASCII and marks. */
const PLACE_CHARS = [
  ..."上海市浦东新区江苏南京河南省濮阳乐县千口镇城关朝北长春美国硅谷台湾香港乡街道自治州旗盟",
];

/** Any UTF-16 unit, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const text = fc.oneof(
  fc.constantFrom(...SAMPLES),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: anyUnit }),
  fc.string({ unit: fc.constantFrom(...PLACE_CHARS, " ", "\u3000", "A", "1", "、", "(") }),
  fc.tuple(fc.constantFrom(...SAMPLES), fc.string()).map(([a, b]) => a + b),
);

function checkShape(r: RegionResolution): void {
  expect(STATUSES.has(r.status)).toBe(true);
  if (r.status === "ok") {
    expect(r.code).toMatch(/^\d{6}(\d{3})?$/);
    expect(r.province).toMatch(/^\d{6}$/);
  } else {
    expect(r.code).toBeNull();
  }
  if (r.status === "ambiguous") expect(r.candidates?.length).toBeGreaterThan(1);
  else expect(r.candidates).toBeUndefined();
}

/** Full-width form of printable ASCII (A → Ａ); other characters unchanged. */
function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

describe("resolve, for any text", () => {
  it("never throws and returns a well-formed result", () => {
    fc.assert(
      fc.property(text, (s) => {
        checkShape(resolver.resolve(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("does not depend on full-width forms or inserted spaces", () => {
    const spaces = fc.constantFrom(" ", "\u3000", "\t", "\u00A0", "  ");
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(), spaces), { maxLength: 5 }),
        fc.boolean(),
        (s, inserts, wide) => {
          const units = Array.from(wide ? fullWidth(s) : s);
          for (const [at, space] of inserts) units.splice(at % (units.length + 1), 0, space);
          expect(resolver.resolve(units.join(""))).toEqual(resolver.resolve(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
