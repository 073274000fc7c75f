/**
 * Where a run's time goes, statement by statement:
 *
 *   npx tsx bench/profile.ts --data DIR [--db FILE] [--out DIR] [--top N] [--stages a,b] [--reuse]
 *
 * Runs the pipeline over a workspace as `talentmap run` does (a file warehouse unless --db is
 * `:memory:`), timing every SQL statement the stages send and the JavaScript between them, and
 * prints the slowest statements with their stage, and each stage's SQL and JavaScript time.
 * The statements are printed cut short and hold no data, only SQL text.
 *
 * `--reuse` keeps the warehouse a previous profile left, so later stages alone can be timed
 * again (`--stages report --reuse`); only stages whose inputs are persistent tables can.
 */
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { DuckDBConnection } from "@duckdb/node-api";
import { stages } from "../pipelines/pipeline.ts";
import { runStage } from "../pipelines/stage.ts";
import { memoryLog } from "../src/log.ts";
import { openWarehouse } from "../src/warehouse/connect.ts";
import { loadWorkspace } from "../src/workspace/load.ts";

interface Timed {
  stage: string;
  sql: string;
  ms: number;
  /** CPU time of the whole process (DuckDB's threads and JavaScript) during the statement. */
  cpuMs: number;
}

const timedMethods = new Set(["run", "runAndReadAll", "runAndRead", "stream", "streamAndReadAll"]);

/** The connection, with every statement timed into `log` under the current stage. */
function profiled(db: DuckDBConnection, log: Timed[], current: () => string): DuckDBConnection {
  return new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      if (typeof key !== "string" || !timedMethods.has(key)) return value.bind(target);
      return async (sql: string, ...rest: unknown[]) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        try {
          return await value.call(target, sql, ...rest);
        } finally {
          const used = process.cpuUsage(cpu);
          const cpuMs = (used.user + used.system) / 1000;
          log.push({ stage: current(), sql, ms: performance.now() - started, cpuMs });
        }
      };
    },
  });
}

const short = (sql: string) => sql.replace(/\s+/g, " ").trim().slice(0, 150);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: "string" },
      db: { type: "string" },
      out: { type: "string", default: "/tmp/talentmap-profile/out" },
      top: { type: "string", default: "25" },
      stages: { type: "string" },
      reuse: { type: "boolean", default: false },
    },
  });
  if (values.data === undefined) throw new Error("--data DIR is required");
  const dbPath = values.db ?? `${values.out}.duckdb`;
  mkdirSync(resolve(values.out, ".."), { recursive: true });
  if (dbPath !== ":memory:" && !values.reuse) {
    for (const path of [dbPath, `${dbPath}.wal`]) rmSync(path, { force: true });
  }
  const warehouse = await openWarehouse(dbPath);
  const log: Timed[] = [];
  let stageName = "";
  const wanted = values.stages?.split(",");
  const only = stages.filter((s) => wanted === undefined || wanted.includes(s.name));
  const ctx = {
    db: profiled(warehouse.connection, log, () => stageName),
    log: memoryLog(),
    now: () => new Date(),
    workspace: loadWorkspace(resolve(values.data)),
    out: resolve(values.out),
    lang: "zh" as const,
  };
  const perStage: { stage: string; ms: number; rssMb: number }[] = [];
  try {
    for (const stage of only) {
      stageName = stage.name;
      const ms = await runStage(stage, ctx);
      perStage.push({ stage: stage.name, ms, rssMb: process.resourceUsage().maxRSS / 1024 });
      process.stderr.write(`${stage.name}: ${(ms / 1000).toFixed(2)} s\n`);
    }
  } finally {
    warehouse.close();
  }
  const lines = [`stage        total s    sql s     js s   peak RSS MB`];
  for (const s of perStage) {
    const sql = log.filter((t) => t.stage === s.stage).reduce((a, t) => a + t.ms, 0);
    lines.push(
      `${s.stage.padEnd(10)} ${(s.ms / 1000).toFixed(2).padStart(8)} ${(sql / 1000).toFixed(2).padStart(8)} ${((s.ms - sql) / 1000).toFixed(2).padStart(8)} ${s.rssMb.toFixed(0).padStart(12)}`,
    );
  }
  lines.push("", "slowest statements (wall seconds, process CPU seconds):");
  for (const t of [...log].sort((a, b) => b.ms - a.ms).slice(0, Number(values.top))) {
    lines.push(
      `${(t.ms / 1000).toFixed(2).padStart(7)} s ${(t.cpuMs / 1000).toFixed(2).padStart(6)} cpu  ${t.stage.padEnd(9)} ${short(t.sql)}`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
