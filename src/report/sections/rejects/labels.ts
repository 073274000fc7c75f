import { rejectReasons } from "../../../messages/rejects.ts";
import type { ReportText } from "../../../messages/report.ts";

/** A reason code in words, its placeholders left as "…" (the values are in rejects.csv). */
export function reasonLabel(code: string, text: ReportText): string {
  const entry = (rejectReasons as Record<string, { zh: string; en: string } | undefined>)[code];
  if (!entry) return code;
  const words = text.htmlLang === "en" ? entry.en : entry.zh;
  return words.replaceAll(/“?\{value\}”?|"?\{value\}"?/g, "…").replaceAll("{column}", "…");
}
