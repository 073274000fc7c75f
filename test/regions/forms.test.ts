import { describe, expect, it } from "vitest";
import { fullName, placeNames } from "../../src/regions/index.ts";
import { createRegionResolver } from "../../src/regions/resolve.ts";

/**
 * Every form of place text the issue names, in one table: province, city, county, town,
 * with or without suffix, prefixed by parents, municipality districts, traditional
 * characters, abroad, and the same bare name in two places.
 */
const nanle = createRegionResolver({ locality: "410923" });
const changchun = createRegionResolver({ locality: "220100" });
const none = createRegionResolver();

const short = (r: ReturnType<typeof nanle.resolve>) =>
  r.status === "ok"
    ? r.code
    : r.status === "ambiguous"
      ? `ambiguous ${r.candidates?.join(",")}`
      : r.status;

describe("place text forms", () => {
  it.each([
    ["province with suffix", "河南省", "410000"],
    ["province without suffix", "河南", "410000"],
    ["autonomous region, short", "广西", "450000"],
    ["city with suffix", "南京市", "320100"],
    ["city without suffix", "南京", "320100"],
    ["city after its province", "江苏南京", "320100"],
    ["county with suffix", "南乐县", "410923"],
    ["county without suffix", "南乐", "410923"],
    ["county after province and city", "河南省濮阳市南乐县", "410923"],
    ["county after province only", "河南南乐", "410923"],
    ["town after its county", "南乐县千口镇", "410923105"],
    ["town alone, in the locality", "千口镇", "410923105"],
    ["town without suffix, in the locality", "千口", "410923105"],
    ["municipality", "上海", "310000"],
    ["municipality district", "上海市浦东新区", "310115"],
    ["municipality district, short", "浦东", "310115"],
    ["Beijing's 朝阳区 by its parent", "北京市朝阳区", "110105"],
    ["Changchun's 朝阳区 by its parent", "长春市朝阳区", "220104"],
    ["traditional characters", "南樂縣", "410923"],
    ["traditional, with parents", "河南省濮陽市南樂縣", "410923"],
    ["full-width and spaces", "江苏　南京", "320100"],
    ["address after the place", "上海市浦东新区张江路88号", "310115"],
    ["abroad: a country", "美国", "overseas"],
    ["abroad: a country and city", "德国慕尼黑", "overseas"],
    ["abroad: a word for it", "海外", "overseas"],
    ["abroad: a foreign city", "多伦多", "overseas"],
    ["Hong Kong is China", "香港", "810000"],
    ["nothing known", "火星基地", "unknown"],
  ])("%s: %s → %s", (_, text, expected) => {
    expect(short(nanle.resolve(text))).toBe(expected);
  });

  it("reports the bare 朝阳区 as ambiguous where nothing decides", () => {
    expect(short(nanle.resolve("朝阳区"))).toBe("ambiguous 110105,220104");
    expect(short(none.resolve("朝阳区"))).toBe("ambiguous 110105,220104");
  });

  it("resolves the bare 朝阳区 by the workspace's locality", () => {
    expect(short(changchun.resolve("朝阳区"))).toBe("220104");
  });

  it("does not find a town outside the locality alone", () => {
    expect(short(none.resolve("千口镇"))).toBe("unknown");
  });
});

describe("codes back to places", () => {
  it("gives the place of a code as resolve would", () => {
    expect(nanle.place("410923")).toEqual(nanle.resolve("南乐县"));
    expect(nanle.place("410923105")).toMatchObject({
      code: "410923105",
      county: "410923",
      city: "410900",
      province: "410000",
      status: "ok",
    });
    expect(nanle.place("110105")).toMatchObject({ city: "110000", province: "110000" });
    expect(nanle.place("999999")).toBeNull();
    expect(nanle.place("overseas")).toBeNull();
  });

  it("names a code with its parents", () => {
    expect(fullName("110105")).toBe("北京市朝阳区");
    expect(fullName("220104")).toBe("吉林省长春市朝阳区");
    expect(fullName("410923105")).toBe("河南省濮阳市南乐县千口镇");
    expect(fullName("310000")).toBe("上海市");
    expect(fullName("123")).toBeNull();
  });

  it("lists provinces, cities, and the locality's counties and towns for suggestions", () => {
    const names = placeNames("410923");
    const codes = new Set(names.map(([, code]) => code));
    for (const code of ["410000", "410900", "320100", "410928", "410923", "410923105"]) {
      expect(codes.has(code), code).toBe(true);
    }
    expect(codes.has("110105")).toBe(false);
    expect(placeNames().length).toBeLessThan(names.length);
    expect(placeNames("410923")).toEqual(names);
  });
});
