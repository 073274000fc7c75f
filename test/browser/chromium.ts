import { existsSync } from "node:fs";

/** The Chromium the browser tests drive: $TALENTMAP_CHROMIUM, else Debian's. */
export const chromiumPath = process.env.TALENTMAP_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Whether the browser tests can run. In CI a missing Chromium is a failure (the tests must
 * not pass by skipping); on a developer's machine they are skipped with a note.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI) {
    throw new Error(
      `browser tests: no Chromium at ${chromiumPath} (CI must install it: see .ci/run, or set TALENTMAP_CHROMIUM)`,
    );
  }
  console.warn(`browser tests skipped: no Chromium at ${chromiumPath} (set TALENTMAP_CHROMIUM)`);
  return false;
}

export const launchArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
