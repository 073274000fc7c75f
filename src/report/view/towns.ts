/**
 * The town (乡镇, 街道) a demand region names, as written: "南乐县城关镇" → "城关镇",
 * "河南省濮阳市南乐县元村镇" → "元村镇", "南乐县" → null. region_code rolls towns up to their
 * county; the pages break the locality's demand down by town with this.
 */
export function townOf(raw: string): string | null {
  const text = raw.normalize("NFKC").replace(/\s+/g, "");
  const match = /(?:^|[省市县区旗])([^省市县区旗]{1,10}?(?:镇|乡|街道|街道办事处|苏木))$/.exec(
    text,
  );
  return match?.[1] ?? null;
}
