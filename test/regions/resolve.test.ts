import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.ts";
import { createRegionResolver } from "../../src/regions/resolve.ts";

const plain = createRegionResolver();
const nanle = createRegionResolver({ locality: "410923" });

/** Code and status only, for compact tables. */
function codeOf(text: string | null | undefined, resolver = plain): string {
  const r = resolver.resolve(text);
  return r.status === "ok" ? (r.code ?? "") : r.status;
}

describe("traditional and Hong Kong variant characters", () => {
  // The characters where talentmap's one converter (OpenCC's Hong Kong preset) and the generic
  // traditional preset regions used before differ: 衞 and 敍, in some fifty place names.
  it.each([
    ["寧夏中衞市", "640500"],
    ["中衞市", "640500"],
    ["四川瀘州敍永縣", "510524"],
    ["河南新鄉衞輝市", "410781"],
    ["南樂縣", "410923"],
  ])("%s → %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });
});

describe("provinces, cities, counties", () => {
  it.each([
    ["上海", "310000"],
    ["上海市", "310000"],
    ["上海市浦东新区", "310115"],
    ["浦东新区", "310115"],
    ["浦东", "310115"],
    ["江苏南京", "320100"],
    ["江苏省南京市", "320100"],
    ["南京市", "320100"],
    ["南京", "320100"],
    ["河南省濮阳市南乐县", "410923"],
    ["河南南乐", "410923"],
    ["濮阳南乐县", "410923"],
    ["南乐县", "410923"],
    ["南乐", "410923"],
    ["濮阳", "410900"],
    ["濮阳市", "410900"],
    ["濮阳县", "410928"],
    ["天津市", "120000"],
    ["天津", "120000"],
    ["北京市海淀区", "110108"],
    ["北京海淀", "110108"],
    ["广东省深圳市", "440300"],
    ["深圳市南山区", "440305"],
    ["重庆市万州区", "500101"],
    ["内蒙古自治区", "150000"],
    ["内蒙古", "150000"],
    ["广西壮族自治区南宁市", "450100"],
    ["广西南宁", "450100"],
    ["新疆伊犁", "654000"],
    ["延边朝鲜族自治州", "222400"],
    ["延边", "222400"],
    ["长阳土家族自治县", "420528"],
    ["长阳", "420528"],
    ["吉林", "220000"],
    ["吉林省", "220000"],
    ["吉林市", "220200"],
    ["海南", "460000"],
    ["济源", "419001"],
    ["东莞", "441900"],
    ["清新区", "441803"],
    ["乾县", "610424"],
    ["中国上海", "310000"],
  ])("%s → %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it("reports the county, city and province of a county", () => {
    expect(plain.resolve("河南省濮阳市南乐县")).toEqual({
      code: "410923",
      county: "410923",
      city: "410900",
      province: "410000",
      status: "ok",
    });
  });

  it("gives a municipality's districts the municipality's code as city", () => {
    expect(plain.resolve("上海市浦东新区")).toEqual({
      code: "310115",
      county: "310115",
      city: "310000",
      province: "310000",
      status: "ok",
    });
    expect(plain.resolve("上海")).toMatchObject({ code: "310000", city: "310000", county: null });
  });

  it("gives a city its city code and no county", () => {
    expect(plain.resolve("江苏南京")).toEqual({
      code: "320100",
      county: null,
      city: "320100",
      province: "320000",
      status: "ok",
    });
  });

  it("gives counties under a province no city", () => {
    expect(plain.resolve("济源市")).toMatchObject({ code: "419001", city: null, county: "419001" });
  });

  it("ignores text after the place (addresses, institutions)", () => {
    expect(codeOf("上海市浦东新区张江路88号")).toBe("310115");
    expect(codeOf("南京大学")).toBe("320100");
  });

  it("does not take a stem followed by another suffix", () => {
    // 南京路 is a street in Shanghai, not Nanjing.
    expect(codeOf("南京路")).toBe("unknown");
    // 城关镇 is not 城关区 (Lhasa): without a locality a town alone is unknown.
    expect(codeOf("城关镇")).toBe("unknown");
  });
});

describe("text forms", () => {
  it.each([
    ["南樂縣", "410923"],
    ["河南省濮陽市", "410900"],
    ["臺灣", "710000"],
    ["　上海　市 ", "310000"],
    [" 北京市  海淀区\t", "110108"],
    ["上海市\u3000浦东新区", "310115"],
    ["河南省　濮阳市　南乐县", "410923"],
  ])("%j → %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });
});

describe("towns", () => {
  it("finds a town alone inside the locality's county", () => {
    expect(nanle.resolve("城关镇")).toEqual({
      code: "410923100",
      county: "410923",
      city: "410900",
      province: "410000",
      status: "ok",
    });
    expect(codeOf("千口镇", nanle)).toBe("410923105");
    expect(codeOf("千口", nanle)).toBe("410923105");
  });

  it("finds a town after its county anywhere", () => {
    expect(plain.resolve("南乐县千口镇")).toMatchObject({ code: "410923105", county: "410923" });
    expect(codeOf("河南省濮阳市南乐县城关镇")).toBe("410923100");
    expect(codeOf("南乐千口")).toBe("410923105");
  });

  it("does not find a town of another county alone", () => {
    const elsewhere = createRegionResolver({ locality: "410922" }); // 清丰县
    expect(codeOf("千口镇", elsewhere)).toBe("unknown");
  });

  it("prefers the locality's town to a county of the same stem elsewhere", () => {
    // 城关 is also the stem of 城关区 in Lhasa and in Lanzhou.
    expect(codeOf("城关", nanle)).toBe("410923100");
    expect(plain.resolve("城关").candidates).toEqual(["540102", "620102"]);
  });

  it("reads 本县, 本市, 本省 as the locality", () => {
    expect(codeOf("本县", nanle)).toBe("410923");
    expect(codeOf("本市", nanle)).toBe("410900");
    expect(codeOf("本省", nanle)).toBe("410000");
    expect(codeOf("本县")).toBe("unknown");
  });
});

describe("ambiguity", () => {
  it("reports a bare name found in two places", () => {
    expect(plain.resolve("朝阳区")).toEqual({
      code: null,
      county: null,
      city: null,
      province: null,
      status: "ambiguous",
      candidates: ["110105", "220104"],
    });
  });

  it("resolves by the parent named in the text", () => {
    expect(codeOf("北京朝阳区")).toBe("110105");
    expect(codeOf("北京市朝阳区")).toBe("110105");
    expect(codeOf("长春市朝阳区")).toBe("220104");
    expect(codeOf("吉林长春朝阳区")).toBe("220104");
  });

  it("resolves by the locality's city or province", () => {
    expect(codeOf("朝阳区", createRegionResolver({ locality: "110108" }))).toBe("110105");
    expect(codeOf("朝阳区", createRegionResolver({ locality: "220102" }))).toBe("220104");
    expect(codeOf("朝阳区", createRegionResolver({ locality: "220000" }))).toBe("220104");
    // Neither is in Henan.
    expect(plain.resolve("朝阳区").status).toBe("ambiguous");
    expect(nanle.resolve("朝阳区").status).toBe("ambiguous");
  });

  it("treats every duplicate name the same way (鼓楼区)", () => {
    const r = plain.resolve("鼓楼区");
    expect(r.status).toBe("ambiguous");
    expect(r.candidates).toEqual(expect.arrayContaining(["320106", "350102", "410204"]));
    expect(codeOf("南京鼓楼区")).toBe("320106");
    expect(codeOf("福州市鼓楼区")).toBe("350102");
    // 开封 is in the locality's province.
    expect(codeOf("鼓楼区", nanle)).toBe("410204");
    // Jiangsu's two: within the locality's province but neither in its city.
    const xuzhou = createRegionResolver({ locality: "320311" });
    expect(codeOf("鼓楼区", xuzhou)).toBe("320302");
  });

  it("keeps what all candidates share", () => {
    const inJiangsu = createRegionResolver({ locality: "320000" });
    // Two 鼓楼区 in Jiangsu (南京, 徐州): the province is known, the city is not.
    const r = inJiangsu.resolve("鼓楼区");
    expect(r).toMatchObject({ status: "ambiguous", code: null, province: "320000", city: null });
    expect(r.candidates).toEqual(["320106", "320302"]);
  });

  it("lets the locality's prefecture beat a province of the same name", () => {
    expect(codeOf("海南")).toBe("460000");
    expect(codeOf("海南", createRegionResolver({ locality: "632521" }))).toBe("632500");
  });

  it("prefers a full name to a stem of the same text", () => {
    // 古县 (county of 临汾) vs 古县乡 (town of 蒲县, also in 临汾).
    expect(codeOf("山西省临汾市古县")).toBe("141025");
  });

  it("prefers the larger division when one contains the other", () => {
    expect(codeOf("抚顺")).toBe("210400"); // city, not 抚顺县
    expect(codeOf("抚顺县")).toBe("210421");
  });

  it("reports several places in one cell as ambiguous", () => {
    expect(plain.resolve("上海、北京")).toMatchObject({
      status: "ambiguous",
      candidates: ["110000", "310000"],
    });
    expect(codeOf("上海市,浦东新区")).toBe("310115");
    expect(plain.resolve("上海；美国")).toMatchObject({
      status: "ambiguous",
      province: null,
      candidates: ["310000", "overseas"],
    });
  });
});

describe("abroad", () => {
  it.each([
    "美国",
    "美国硅谷",
    "德国慕尼黑",
    "日本东京",
    "英国",
    "法国",
    "加拿大",
    "澳大利亚",
    "新加坡",
    "韩国",
    "俄罗斯",
    "意大利",
    "荷兰",
    "瑞士",
    "瑞典",
    "新西兰",
    "马来西亚",
    "海外",
    "国外",
    "境外",
    "硅谷",
    "纽约",
    "USA",
    "ＵＳＡ",
    "美國",
  ])("%s is overseas", (text) => {
    expect(plain.resolve(text)).toEqual({
      code: null,
      county: null,
      city: null,
      province: null,
      status: "overseas",
    });
  });

  it("keeps Hong Kong, Macao and Taiwan as regions of China", () => {
    expect(plain.resolve("香港")).toMatchObject({
      status: "ok",
      code: "810000",
      province: "810000",
    });
    expect(codeOf("香港特别行政区")).toBe("810000");
    expect(codeOf("中国香港")).toBe("810000");
    expect(codeOf("澳门")).toBe("820000");
    expect(codeOf("澳門特別行政區")).toBe("820000");
    expect(codeOf("台湾")).toBe("710000");
    expect(codeOf("台湾省台北市")).toBe("710000");
    expect(codeOf("台北")).toBe("710000");
  });

  it("does not take 朝鲜族 for the country", () => {
    expect(codeOf("朝鲜族")).not.toBe("overseas");
  });
});

describe("unknown", () => {
  it.each([["火星"], ["不详"], ["无"], ["其他"], [""], ["   "], [null], [undefined]])(
    "%j is unknown",
    (text) => {
      expect(plain.resolve(text)).toEqual({
        code: null,
        county: null,
        city: null,
        province: null,
        status: "unknown",
      });
    },
  );
});

describe("resolver", () => {
  it("rejects a locality that is no division", () => {
    expect(() => createRegionResolver({ locality: "999999" })).toThrow(UserError);
    expect(() => createRegionResolver({ locality: "南乐" })).toThrow(UserError);
  });

  it("names codes", () => {
    expect(plain.name("310000")).toBe("上海市");
    expect(plain.name("410923")).toBe("南乐县");
    expect(plain.name("410923100")).toBe("城关镇");
    expect(plain.name("810000")).toBe("香港特别行政区");
    expect(plain.name("000000")).toBeNull();
  });

  it("returns results the caller may change without affecting later calls", () => {
    const first = plain.resolve("朝阳区");
    first.candidates?.push("x");
    first.status = "ok";
    expect(plain.resolve("朝阳区")).toMatchObject({
      status: "ambiguous",
      candidates: ["110105", "220104"],
    });
  });
});
