/**
 * How alike two short texts are, for ranking suggested mappings: the mean of three
 * measures — the Dice coefficients of their character sets and of their character-pair
 * sets (ends marked, so 硕博 shares 「^硕」 with 硕士), and the share of the shorter text's
 * characters found in the other (so 硕博连读 is as near 博士 as 硕士). Chinese vocabulary
 * terms are two to five characters, where pairs alone are too sparse and characters alone
 * too loose. 0 (nothing shared) to 1 (same text); symmetric and deterministic.
 */
import { aliasKey } from "./kinds.ts";

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / Math.min(a.size, b.size);
}

function pairs(chars: readonly string[]): Set<string> {
  const marked = ["^", ...chars, "$"];
  const out = new Set<string>();
  for (let i = 0; i + 1 < marked.length; i++) out.add(`${marked[i]}${marked[i + 1]}`);
  return out;
}

export function similarity(a: string, b: string): number {
  const x = [...aliasKey(a)];
  const y = [...aliasKey(b)];
  if (x.length === 0 || y.length === 0) return 0;
  if (x.join("") === y.join("")) return 1;
  const [cx, cy] = [new Set(x), new Set(y)];
  return (dice(cx, cy) + dice(pairs(x), pairs(y)) + overlap(cx, cy)) / 3;
}
