import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where a Chromium or Chrome may be: $TALENTMAP_CHROMIUM first, then the usual places. */
export const chromiumPlaces: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  places: readonly string[] = chromiumPlaces,
): string | null {
  if (env.TALENTMAP_CHROMIUM)
    return existsSync(env.TALENTMAP_CHROMIUM) ? env.TALENTMAP_CHROMIUM : null;
  return places.find((path) => existsSync(path)) ?? null;
}

/**
 * Prints HTML pages to PDF with headless Chromium, A4 by the pages' print stylesheet, fonts
 * embedded (Chromium embeds the subset of every font it draws with, CJK included). Each PDF
 * is written beside its page under a temporary name and renamed into place. Chromium is
 * kept off the network: the pages fetch nothing, and its background services are disabled.
 */
export async function printPdfs(
  chromium: string,
  pages: readonly string[],
  parallel = Math.min(2, availableParallelism()),
): Promise<string[]> {
  const queue = [...pages];
  const worker = async () => {
    // Each Chromium gets its own profile: two cannot share one.
    const profile = await mkdtemp(join(tmpdir(), "talentmap-chromium-"));
    try {
      for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
        await printPdf(chromium, page, profile);
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return pages.map((page) => page.replace(/\.html$/, ".pdf"));
}

async function printPdf(chromium: string, page: string, profile: string): Promise<void> {
  const pdf = page.replace(/\.html$/, ".pdf");
  const temp = join(dirname(pdf), `.${basename(pdf)}.${process.pid}.tmp`);
  const args = [
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    `--user-data-dir=${profile}`,
    "--no-pdf-header-footer",
    `--print-to-pdf=${temp}`,
    pathToFileURL(page).href,
  ];
  // Chromium refuses to start its sandbox as root (CI containers): only then go without.
  if (process.getuid?.() === 0) args.unshift("--no-sandbox");
  try {
    await run(chromium, args, { timeout: 60_000 });
    if (!existsSync(temp)) throw new Error(`Chromium wrote no PDF for ${page}`);
    await rename(temp, pdf);
  } finally {
    await rm(temp, { force: true });
  }
}
