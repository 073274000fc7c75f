import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lockPath } from "../../src/runs/lock.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { cliArgv, talentmapIn } from "../helpers/cli.ts";
import { withWarehouseFile } from "../helpers/warehouse.ts";
import {
  changeCountySmall,
  countySmallInput,
  type Place,
  placeIn,
  scratchDir,
} from "../helpers/workspace.ts";

/**
 * A refresh SIGKILLed at any stage, then run again, gives the summary.json of a run that was
 * never interrupted: each stage commits whole, the reports are swapped in whole, the lock of
 * the dead run is taken over and its leftovers cleared.
 */
const scratch = scratchDir("kill");

function talentmap(command: string, p: Place) {
  return talentmapIn(scratch, command, "--data", p.data, "--out", p.out);
}

/**
 * Starts a refresh (logging JSON lines) and SIGKILLs it at the first record `when` accepts:
 * a stage's start (the process is then inside that stage) or a stage's line.
 */
function killWhen(when: (record: Record<string, unknown>) => boolean, p: Place) {
  const args = cliArgv("refresh", "--data", p.data, "--out", p.out, "--log", "json");
  const child = spawn(process.execPath, args, {
    cwd: scratch,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let seen = "";
  return new Promise<{ signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      seen += chunk;
      const records = seen
        .split("\n")
        .filter((line) => line.startsWith("{") && line.endsWith("}"))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      if (records.some(when)) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) => resolve({ signal, stderr: seen }));
  });
}

const startOf = (stage: string) => (r: Record<string, unknown>) =>
  r.event === "stage-start" && r.stage === stage;
const lineOf = (stage: string) => (r: Record<string, unknown>) =>
  r.level === "stage" && r.stage === stage;

async function outcomes(p: Place): Promise<string[]> {
  const runs = await withWarehouseFile(p.db, (db) =>
    queryRows<{ outcome: string }>(db, "select outcome from runs order by run_id"),
  );
  return runs.map((r) => r.outcome);
}

/** summary.json without the time it was made. */
function summary(p: Place) {
  const { generatedAt: _, ...rest } = JSON.parse(readFileSync(join(p.out, "summary.json"), "utf8"));
  return rest;
}

const base = placeIn(join(scratch, "base"));
const uninterrupted = placeIn(join(scratch, "uninterrupted"));
let expected: unknown;
let before: unknown;

beforeAll(() => {
  // The state a night starts from: a good refresh of the files, which have since changed.
  cpSync(countySmallInput, base.data, { recursive: true });
  expect(talentmap("refresh", base).status).toBe(3);
  before = summary(base);
  changeCountySmall(base.data); // the refresh test's changes
  cpSync(base.data, uninterrupted.data, { recursive: true });
  expect(talentmap("run", uninterrupted).status).toBe(3);
  expected = summary(uninterrupted);
}, 120_000);

describe("a refresh killed at any stage, run again", () => {
  it.each(["ingest", "normalise", "assign", "gaps", "fields", "report"])(
    "killed inside [%s] gives the summary of an uninterrupted run",
    async (stage) => {
      const p = placeIn(join(scratch, `killed-${stage}`));
      cpSync(base.dir, p.dir, { recursive: true });
      const killed = await killWhen(startOf(stage), p);
      expect(killed.signal, killed.stderr).toBe("SIGKILL");
      expect(existsSync(lockPath(p.data))).toBe(true); // left behind by the dead run
      expect(summary(p)).toEqual(before); // readers still see the last good reports, whole

      const again = talentmap("refresh", p);
      expect(again.status, again.stderr).toBe(3);
      expect(again.stderr).toContain("took over the lock");
      expect(summary(p)).toEqual(expected);
      expect(existsSync(lockPath(p.data))).toBe(false);
      expect(readdirSync(p.dir).sort()).toEqual(["data", "reports", "reports.duckdb"]);
      expect(await outcomes(p)).toEqual(["rejects", "interrupted", "rejects"]);
    },
    90_000,
  );

  it("killed after a stage's line (each, and the last before the swap) gives the same", async () => {
    for (const stage of ["ingest", "normalise", "report"]) {
      const p = placeIn(join(scratch, `after-${stage}`));
      cpSync(base.dir, p.dir, { recursive: true });
      const killed = await killWhen(lineOf(stage), p);
      // After [report]'s line only the swap and the history remain: the kill may land after.
      if (stage !== "report") expect(killed.signal, killed.stderr).toBe("SIGKILL");
      if (killed.signal === "SIGKILL") {
        // Old reports or new, whole; or, killed between the swap's two renames, none in
        // place and the old ones beside it for the next run to put back.
        if (existsSync(p.out)) expect([before, expected]).toContainEqual(summary(p));
        else expect(readdirSync(p.dir).some((f) => f.startsWith("reports.old-"))).toBe(true);
      }
      expect(talentmap("refresh", p).status).toBe(3);
      expect(summary(p)).toEqual(expected);
      expect(readdirSync(p.dir).sort()).toEqual(["data", "reports", "reports.duckdb"]);
    }
  }, 120_000);

  it("killed during the very first run, leaves no reports; run again, writes them", async () => {
    const p = placeIn(join(scratch, "killed-first"));
    cpSync(uninterrupted.data, p.data, { recursive: true });
    rmSync(join(p.data, ".talentmap"), { recursive: true, force: true });
    const killed = await killWhen(startOf("normalise"), p);
    expect(killed.signal).toBe("SIGKILL");
    expect(existsSync(p.out)).toBe(false);
    expect(talentmap("refresh", p).status).toBe(3);
    expect(summary(p)).toEqual(expected);
  }, 90_000);
});
