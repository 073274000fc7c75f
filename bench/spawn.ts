import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChildRequest } from "./child.ts";

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));
const CLI = fileURLToPath(new URL("../bin/talentmap.js", import.meta.url));

function collect(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });
}

/** Runs one step of bench/child.ts in a fresh Node process and returns what it measured. */
export async function inChild<T>(request: ChildRequest): Promise<T> {
  const result = await collect([
    "--import",
    import.meta.resolve("tsx"),
    CHILD,
    JSON.stringify(request),
  ]);
  if (result.code !== 0) {
    throw new Error(`bench step ${request.kind} failed (exit ${result.code}):\n${result.stderr}`);
  }
  const line = result.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as T;
}

export interface CliRun {
  /** From spawning `node bin/talentmap.js` to its exit, as a nightly job sees it. */
  wallSeconds: number;
  /** What the run itself reported (its run-end event), without Node's start-up. */
  workSeconds: number | null;
  outcome: string | null;
  exitCode: number | null;
}

/** `talentmap COMMAND --data … --out … --db … --rejects-ok --log json`, timed from outside. */
export async function cli(
  command: "run" | "refresh",
  paths: { data: string; out: string; db: string },
): Promise<CliRun> {
  const result = await collect([
    CLI,
    command,
    "--data",
    paths.data,
    "--out",
    paths.out,
    "--db",
    paths.db,
    "--rejects-ok",
    "--log",
    "json",
  ]);
  let end: { seconds?: number; outcome?: string } | null = null;
  for (const line of result.stderr.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const record = JSON.parse(line) as { event?: string; seconds?: number; outcome?: string };
      if (record.event === "run-end") end = record;
    } catch {
      // not a log line
    }
  }
  if (result.code !== 0 && result.code !== 3) {
    throw new Error(`talentmap ${command} failed (exit ${result.code}):\n${result.stderr}`);
  }
  return {
    wallSeconds: result.seconds,
    workSeconds: end?.seconds ?? null,
    outcome: end?.outcome ?? null,
    exitCode: result.code,
  };
}
