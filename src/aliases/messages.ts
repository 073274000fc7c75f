/**
 * What the analyst reads about their aliases.csv, in the language of the run. Each warning
 * names the line and says what to write instead; a bad line is skipped, never fatal.
 */
import type { Lang } from "../messages/lang.ts";
import { type AliasKind, aliasKinds } from "./kinds.ts";

export type AliasProblemCode =
  | "unreadable"
  | "columns"
  | "unknown_kind"
  | "bad_canonical"
  | "duplicate";

const HINTS: Readonly<Record<AliasKind, Record<Lang, string>>> = {
  education: {
    zh: "doctorate、master、bachelor、associate、vocational、none，或“硕士”等写法",
    en: "doctorate, master, bachelor, associate, vocational, none, or a spelling such as 硕士",
  },
  title: {
    zh: "senior、vice-senior、intermediate、junior、none，或“高级工程师”等写法",
    en: "senior, vice-senior, intermediate, junior, none, or a spelling such as 高级工程师",
  },
  skill: {
    zh: "senior-technician、technician、senior-worker、intermediate-worker、junior-worker、none，或“高级工”等写法",
    en: "senior-technician, technician, senior-worker, intermediate-worker, junior-worker, none, or a spelling such as 高级工",
  },
  urgency: {
    zh: "very-urgent、urgent、normal，或“非常紧缺”“紧缺”“一般”",
    en: "very-urgent, urgent, normal, or 非常紧缺, 紧缺, 一般",
  },
  region: {
    zh: "六位或九位行政区划代码（如 410923）、能唯一确定的地名、overseas 或 unknown",
    en: "a six- or nine-digit GB/T 2260 code (e.g. 410923), a place name that resolves to one place, overseas or unknown",
  },
  chain: {
    zh: "chains.json 中产业链的 id、名称或别名，或 none",
    en: "the id, name or an alias of a chain in chains.json, or none",
  },
  sector: {
    zh: "chains.json 中某条产业链 sectors 列出的行业，或 none",
    en: "a sector listed under some chain's sectors in chains.json, or none",
  },
  category: {
    zh: "人才类别，如 高层次人才、科技副总、柔性引进",
    en: "a talent category such as 高层次人才, 科技副总, 柔性引进",
  },
  intention: {
    zh: "full-time-return、flexible、project、none，或“全职回归”等写法",
    en: "full-time-return, flexible, project, none, or a spelling such as 全职回归",
  },
  field: {
    zh: "学科代码或名称（如 0805 或 材料科学与工程），多个用“、”分隔，或 none（不对应任何学科）",
    en: "discipline codes or names (e.g. 0805 or 材料科学与工程), several separated by 、, or none (names no discipline)",
  },
};

export interface AliasMessageArgs {
  readonly file: string;
  readonly line: number;
  readonly kind?: string;
  readonly raw?: string;
  readonly canonical?: string;
  readonly earlier?: number;
}

export function aliasMessage(code: AliasProblemCode, a: AliasMessageArgs, lang: Lang): string {
  const at = lang === "zh" ? `${a.file} 第${a.line}行` : `${a.file} line ${a.line}`;
  const kinds = aliasKinds.join(lang === "zh" ? "、" : ", ");
  switch (code) {
    case "unreadable":
      return lang === "zh"
        ? `${a.file} 的编码无法识别，其中的别名都未使用。请在 Excel 中另存为“CSV UTF-8”后重新运行`
        : `${a.file}: cannot tell its text encoding, so none of its aliases were used. Save it as "CSV UTF-8" and run again`;
    case "columns":
      return lang === "zh"
        ? `${at}：应有三列 kind,raw,canonical（类型,原值,规范值），且都不为空；此行已忽略`
        : `${at}: needs three non-empty columns kind,raw,canonical; line skipped`;
    case "unknown_kind":
      return lang === "zh"
        ? `${at}：类型“${a.kind}”无法识别，应为 ${kinds} 之一；此行已忽略`
        : `${at}: unknown kind "${a.kind}", expected one of ${kinds}; line skipped`;
    case "bad_canonical": {
      const hint = HINTS[a.kind as AliasKind]?.[lang] ?? "";
      return lang === "zh"
        ? `${at}：“${a.canonical}”不是 ${a.kind} 的有效取值，应为 ${hint}；此行已忽略`
        : `${at}: "${a.canonical}" is not a valid ${a.kind}, expected ${hint}; line skipped`;
    }
    case "duplicate":
      return lang === "zh"
        ? `${at}：${a.kind}“${a.raw}”在第${a.earlier}行已有别名，以本行为准`
        : `${at}: ${a.kind} "${a.raw}" already has an alias on line ${a.earlier}; this line wins`;
  }
}
