/** The languages of the reports and messages: Chinese by default, `--lang en` for English. */
export type Lang = "zh" | "en";
export const langs: readonly Lang[] = ["zh", "en"];
