import { type DemandField, demandHeaders, demandRequired } from "../sources/demand/headers.ts";
import type { Chain } from "../workspace/config.ts";

/**
 * The survey form's dropdown lists. Each value is one the vocabularies read as one code
 * (test/template/form.test.ts checks it), highest level first as on the ladders.
 */
export const formLists = {
  education: ["博士", "硕士", "本科", "大专", "中专", "不限"],
  title: ["正高级", "副高级", "中级", "初级", "不限"],
  skill: ["高级技师", "技师", "高级工", "中级工", "初级工", "不限"],
  urgency: ["非常紧缺", "紧缺", "一般"],
  mode: ["全职", "柔性"],
} as const;

export type ListName = keyof typeof formLists | "chain";

export interface FormColumn {
  readonly field: DemandField;
  /** The canonical header: the first name demand headers are recognised by. */
  readonly header: string;
  readonly required: boolean;
  readonly width: number;
  /** A dropdown list; `chain` comes from chains.json. */
  readonly list?: ListName;
  /** How the cell is checked beyond a list. */
  readonly check?: "headcount" | "creditCode" | "date";
  /** What to write, for the instructions sheet and the header's note. */
  readonly help: string;
}

const column = (
  field: DemandField,
  width: number,
  help: string,
  extra: Pick<FormColumn, "list" | "check"> = {},
): FormColumn => ({
  field,
  header: demandHeaders[field][0],
  required: demandRequired.includes(field),
  width,
  help,
  ...extra,
});

/** The columns of the form, in the order the office's forms have them. */
export const formColumns: readonly FormColumn[] = [
  column("employer", 28, "营业执照上的企业全称，每个岗位一行都要填写"),
  column("creditCode", 22, "18 位统一社会信用代码（选填）；填写时须完整无误", {
    check: "creditCode",
  }),
  column("chain", 16, "从下拉列表中选择企业所属的产业链；不确定可不填", { list: "chain" }),
  column("sector", 22, "企业所属行业，如“食品制造业”（选填）"),
  column("region", 16, "企业所在的乡镇（街道）或县区，如“千口镇”"),
  column("position", 20, "需求岗位的名称，如“聚乳酸研发工程师”；一个岗位一行"),
  column("field", 18, "专业要求，如“高分子材料与工程”（选填）"),
  column("education", 12, "最低学历要求，从下拉列表中选择；没有要求选“不限”", {
    list: "education",
  }),
  column("title", 12, "最低职称要求，从下拉列表中选择；没有要求选“不限”", { list: "title" }),
  column("skill", 12, "技能等级要求（选填），从下拉列表中选择", { list: "skill" }),
  column("headcount", 10, "需求人数，填写正整数（如 3），不要写“若干”", { check: "headcount" }),
  column("urgency", 12, "紧缺程度，从下拉列表中选择", { list: "urgency" }),
  column("salary", 18, "薪酬待遇，如“年薪20-30万”或“8000元/月”（选填）"),
  column("mode", 12, "引进方式：全职或柔性（选填）", { list: "mode" }),
  column("filledAt", 14, "填报日期，如 2025-03-15", { check: "date" }),
];

/** The values of a dropdown list for this workspace. */
export function listValues(list: ListName, chains: readonly Chain[]): readonly string[] {
  return list === "chain" ? chains.map((c) => c.name) : formLists[list];
}

/** "2025H1" → "2025年上半年". */
export function waveLabel(wave: string): string {
  return `${wave.slice(0, 4)}年${wave.endsWith("H1") ? "上" : "下"}半年`;
}
