import { join } from "node:path";
import { writeFileAtomic } from "../../fs/atomic.ts";
import { type Summary, summarySchema } from "./schema.ts";

/**
 * summary.json's text: validated, keys in the contract's order (zod rebuilds objects in
 * schema order), 2-space indented, so two runs differ only in generatedAt.
 */
export function summaryJson(summary: Summary): string {
  return `${JSON.stringify(summarySchema.parse(summary), null, 2)}\n`;
}

export async function writeSummary(out: string, summary: Summary): Promise<string> {
  const path = join(out, "summary.json");
  await writeFileAtomic(path, summaryJson(summary));
  return path;
}
