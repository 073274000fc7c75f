/**
 * Regenerates docs/screenshots/ (linked from README) from the demo workspace:
 *   npx tsx test/browser/take-screenshots.ts
 * The index and one chain page, in Chinese and English, the first screenful and a half each.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { chromiumPath, launchArgs } from "./chromium.ts";
import { demoWorkspace, runWorkspace, scratchDir } from "./workspaces.ts";

const target = join(import.meta.dirname, "..", "..", "docs", "screenshots");
const scratch = scratchDir();
try {
  const reports = await runWorkspace(demoWorkspace, scratch, "demo");
  mkdirSync(target, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs });
  const page = await browser.newPage({ viewport: { width: 1120, height: 1500 } });
  for (const lang of ["zh", "en"] as const) {
    for (const [name, file] of [
      ["index", "index.html"],
      ["chain", "chains/food-processing.html"],
    ]) {
      await page.goto(pathToFileURL(join(reports[lang], file ?? "")).href);
      await page.screenshot({ path: join(target, `${name}-${lang}.png`) });
    }
  }
  await browser.close();
  process.stderr.write(`screenshots written to ${target}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
