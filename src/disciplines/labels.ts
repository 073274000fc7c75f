/** Names of disciplines and categories for people, in the language of the report. */
import type { Lang } from "../messages/lang.ts";
import { englishCategoryName, englishDisciplineName } from "./catalogue/english.ts";
import { categories, disciplineByCode } from "./disciplines.ts";

/** "材料科学与工程" / "Materials Science and Engineering"; the code for one not in the catalogue. */
export function disciplineName(code: string, lang: Lang): string {
  const chinese = disciplineByCode(code)?.name;
  return (lang === "en" ? englishDisciplineName(code) : undefined) ?? chinese ?? code;
}

/** "工学" / "Engineering" for a category's two digits ("08"), or for a discipline's code. */
export function categoryName(code: string, lang: Lang): string {
  const two = code.slice(0, 2);
  const chinese = categories().find((c) => c.code === two)?.name;
  return (lang === "en" ? englishCategoryName(two) : undefined) ?? chinese ?? two;
}
