import { describe, expect, it } from "vitest";
import {
  cityStems,
  countyStems,
  placeText,
  provinceStems,
  simplified,
  townStems,
} from "../../src/regions/names.ts";

describe("placeText", () => {
  it("removes every kind of space and folds full-width forms", () => {
    expect(placeText("\u3000上海 市\t浦东\u00A0新区\u200B")).toBe("上海市浦东新区");
    expect(placeText("ＵＳＡ")).toBe("USA");
    expect(placeText("南乐县（城关镇）")).toBe("南乐县城关镇");
  });
});

describe("simplified", () => {
  it("converts traditional characters", () => {
    expect(simplified("南樂縣")).toBe("南乐县");
    expect(simplified("臺灣")).toBe("台湾");
  });
});

describe("stems", () => {
  it.each([
    ["河南省", ["河南"]],
    ["上海市", ["上海"]],
    ["内蒙古自治区", ["内蒙古"]],
    ["广西壮族自治区", ["广西"]],
    ["新疆维吾尔自治区", ["新疆"]],
    ["香港特别行政区", ["香港"]],
  ])("province %s → %j", (name, stems) => {
    expect(provinceStems(name)).toEqual(stems);
  });

  it.each([
    ["南京市", ["南京"]],
    ["延边朝鲜族自治州", ["延边"]],
    ["伊犁哈萨克自治州", ["伊犁"]],
    ["博尔塔拉蒙古自治州", ["博尔塔拉"]],
    ["兴安盟", ["兴安"]],
    ["大兴安岭地区", ["大兴安岭"]],
  ])("city %s → %j", (name, stems) => {
    expect(cityStems(name)).toEqual(stems);
  });

  it.each([
    ["南乐县", ["南乐"]],
    ["浦东新区", ["浦东"]],
    ["清新区", ["清新"]],
    ["涉县", []],
    ["城区", []],
    ["矿区", []],
    ["市中区", []],
    ["井陉矿区", ["井陉"]],
    ["长阳土家族自治县", ["长阳"]],
    ["围场满族蒙古族自治县", ["围场"]],
    ["龙胜各族自治县", ["龙胜"]],
    ["鄂温克族自治旗", ["鄂温克"]],
    ["鄂伦春自治旗", ["鄂伦春"]],
    ["东乡族自治县", ["东乡"]],
    ["神农架林区", ["神农架"]],
    ["六枝特区", ["六枝"]],
    ["科尔沁左翼中旗", ["科尔沁左翼中"]],
  ])("county %s → %j", (name, stems) => {
    expect(countyStems(name)).toEqual(stems);
  });

  it.each([
    ["城关镇", ["城关"]],
    ["千口镇", ["千口"]],
    ["东华门街道", ["东华门"]],
    ["南磨房地区", ["南磨房"]],
    ["杨村乡", ["杨村"]],
    ["红旗农场", []],
  ])("town %s → %j", (name, stems) => {
    expect(townStems(name)).toEqual(stems);
  });
});
