import fc from "fast-check";

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Fragments of real cells, so random texts often hit terms, traps and qualifiers. */
const fragment = fc.constantFrom(
  "本科",
  "硕士",
  "碩士",
  "博士后",
  "研究生",
  "大专",
  "高职高专",
  "高中",
  "及以上",
  "以下",
  "不限",
  "无",
  "/",
  "、",
  "高级",
  "工程师",
  "助理",
  "研究员",
  "副",
  "正高",
  "技师",
  "三级",
  "紧缺",
  "非常",
  "不",
  "一般",
  "全职回归",
  "柔性",
  "项目合作",
  "暂无",
  "人才",
  "科技副总",
  "ＭＢＡ",
  "PhD",
  "e",
  " ",
  "\u3000",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\u0301",
  "\ud800",
);

export const anyCell = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 16 }),
  fc.string({ unit: "binary", maxLength: 16 }),
  fc.string({ unit: fragment, maxLength: 6 }),
  fc.string({ unit: fc.oneof(fragment, codeUnit), maxLength: 8 }),
);

/** Noise that cleaning removes: spaces of every kind and zero-width characters. */
export const noise = fc.constantFrom("", " ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\t");

/** ASCII letters and digits to their full-width forms (ＭＢＡ, ３级). */
export function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
