import { spawnSync } from "node:child_process";
import { join } from "node:path";

const repoRoot = join(import.meta.dirname, "..", "..");

/**
 * Node's arguments that run the talentmap CLI from source through tsx, whatever the working
 * folder (tsx is resolved from this package, not from the cwd).
 */
export function cliArgv(...args: string[]): string[] {
  return ["--import", import.meta.resolve("tsx"), join(repoRoot, "pipelines", "main.ts"), ...args];
}

/** Runs the talentmap CLI from source in `cwd` to its end: its exit status and output as text. */
export function talentmapIn(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, cliArgv(...args), { cwd, encoding: "utf8" });
}
