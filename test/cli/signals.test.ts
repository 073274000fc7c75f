import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockPath } from "../../src/runs/lock.ts";
import { countySmallInput, placeIn, scratchDir } from "../helpers/workspace.ts";

/**
 * What cron and systemd run is `node bin/talentmap.js`: a SIGTERM to that process must stop
 * the run itself. Before, the wrapper exited and the CLI, its spawnSync child, ran on and
 * swapped in new reports.
 */
const scratch = scratchDir("signals");
const bin = join(import.meta.dirname, "..", "..", "bin", "talentmap.js");

/** The processes whose command line names `text` (the run of this test's workspace). */
function processesNaming(text: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(existsSync("/proc/self/cmdline"))("talentmap stopped by a signal", () => {
  it.each(["SIGTERM", "SIGHUP"] as const)(
    "%s to node bin/talentmap.js stops the run: 128 + n, lock released, no new reports, nothing left",
    async (signal) => {
      const p = placeIn(join(scratch, signal));
      cpSync(countySmallInput, p.data, { recursive: true });
      const child = spawn(process.execPath, [bin, "run", "--data", p.data, "--out", p.out], {
        cwd: scratch,
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
        child.on("exit", (code, signal) => resolve({ code, signal })),
      );
      await new Promise<void>((resolve) => {
        child.stderr.setEncoding("utf8");
        child.stderr.on("data", (chunk: string) => {
          stderr += chunk;
          // Inside the run: it holds the lock and reads the files.
          if (stderr.includes("[ingest]")) resolve();
        });
        child.on("exit", () => resolve());
      });
      expect(existsSync(lockPath(p.data)), stderr).toBe(true);
      child.kill(signal);
      const end = await exited;
      const number = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal];
      expect(end, stderr).toEqual({ code: 128 + number, signal: null });
      await sleep(500);
      expect(processesNaming(p.data)).toEqual([]); // no process runs on
      expect(existsSync(lockPath(p.data))).toBe(false);
      await sleep(1500); // what a process left running would have written by now
      expect(existsSync(p.out)).toBe(false);
      expect(readdirSync(p.dir).filter((name) => name.startsWith("reports."))).toEqual(
        readdirSync(p.dir).filter((name) => name.startsWith("reports.duckdb")),
      );
      expect(stderr).toContain(`stopped by ${signal}`);
    },
    60_000,
  );
});
