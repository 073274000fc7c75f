import { resolve } from "node:path";
import { ExitCode, UserError } from "../errors.ts";
import type { RunStatus, Status } from "../runs/status.ts";
import { escapeControls as esc, escapeJson } from "../text/escape.ts";
import { parseCommandArgs } from "./args.ts";
import { defaultDb } from "./run.ts";

export const statusHelp = `Usage: talentmap status [--data DIR] [--out DIR] [--db FILE] [--json] [--runs N]

Shows the recent runs of a warehouse (when, command, outcome, exit code, files read, rows,
rejects, time per stage), what each found changed, what failed, who holds the workspace now,
and what the next refresh would read. Reads the warehouse read-only.

  --data DIR   the workspace (default: data)
  --out DIR    the output folder of the runs; their warehouse is <out>.duckdb (default: reports)
  --db FILE    the warehouse (default: <out>.duckdb, as for run and refresh)
  --json       one JSON object instead of text
  --runs N     how many runs to list (default: 10)`;

function parse(args: string[]) {
  return parseCommandArgs(
    args,
    {
      data: { type: "string", default: "data" },
      out: { type: "string", default: "reports" },
      db: { type: "string" },
      json: { type: "boolean", default: false },
      runs: { type: "string", default: "10" },
      help: { type: "boolean", short: "h" },
    } as const,
    statusHelp,
  );
}

export async function main(args: string[]): Promise<number> {
  const { values } = parse(args);
  if (values.help) {
    process.stdout.write(`${statusHelp}\n`);
    return ExitCode.ok;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new UserError(
      `--runs must be a positive whole number, not "${values.runs}"`,
      ExitCode.usage,
    );
  }
  const out = resolve(values.out);
  const { readStatus } = await import("../runs/status.ts");
  const status = await readStatus({
    workspace: resolve(values.data),
    warehouse: resolve(values.db ?? defaultDb(out)),
    runs,
  });
  process.stdout.write(
    values.json ? `${escapeJson(JSON.stringify(status, null, 2))}\n` : formatStatus(status),
  );
  return ExitCode.ok;
}

const time = (iso: string | null) => (iso ? iso.replace("T", " ").replace("Z", "") : "—");
const num = (n: number | null) => (n === null ? "—" : n.toLocaleString("en-US"));

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .map((line) => `  ${line}\n`)
    .join("");
}

function stagesText(run: RunStatus): string {
  if (run.stages.length === 0) return "—";
  return run.stages.map((s) => `${s.name} ${s.seconds.toFixed(2)}`).join(", ");
}

/** The files, 20 at most (a first run finds every file added). */
function changesText(changes: readonly { file: string; change: string }[]): string {
  const sign = { added: "+", changed: "~", removed: "-" } as Record<string, string>;
  const shown = changes.slice(0, 20).map((c) => `    ${sign[c.change] ?? "?"} ${esc(c.file)}\n`);
  const more = changes.length - shown.length;
  return (
    shown.join("") + (more > 0 ? `    … and ${more} more (status --json lists them all)\n` : "")
  );
}

/**
 * The text form: sections a person on call reads from the top. Every text that comes from
 * files, the lock or the history is escaped (esc): a file name with a newline or a terminal
 * sequence shows as such, and adds no line.
 */
export function formatStatus(status: Status): string {
  const parts: string[] = [];
  parts.push(`workspace  ${esc(status.workspace)}\nwarehouse  ${esc(status.warehouse)}\n`);
  const lock = status.lock;
  const unreadable = status.unreadableLock;
  parts.push(
    lock === null && unreadable
      ? `lock       unreadable (${unreadable.bytes} bytes, written ${unreadable.modifiedAt}), left by a run that could not finish writing it: the next run takes it over\n`
      : lock === null
        ? "lock       free: no run holds the workspace\n"
        : lock.stale
          ? `lock       left by pid ${lock.pid} on ${esc(lock.host)} (${esc(lock.command)} started ${esc(lock.startedAt)}), which is gone: the next run takes it over\n`
          : `lock       held by pid ${lock.pid} on ${esc(lock.host)}: ${esc(lock.command)} started ${esc(lock.startedAt)}\n`,
  );
  if (!status.historyAvailable) {
    parts.push(
      "\nThe warehouse is open in the run holding the lock: its history shows once that run ends.\n",
    );
    return parts.join("");
  }
  if (status.runs.length === 0) parts.push("\nNo run recorded yet.\n");
  else {
    parts.push("\nRecent runs (newest first; times UTC; seconds per stage):\n");
    parts.push(
      table([
        [
          "run",
          "started",
          "command",
          "outcome",
          "exit",
          "secs",
          "read/files",
          "changes",
          "rows read",
          "rejects",
          "stages",
        ],
        ...status.runs.map((r) => [
          String(r.run_id),
          time(r.started_at),
          esc(r.command),
          r.outcome,
          r.exit_code === null ? "—" : String(r.exit_code),
          r.seconds === null ? "—" : r.seconds.toFixed(1),
          `${r.files_read === null ? "—" : r.files_read}/${r.files}`,
          `+${r.files_added} ~${r.files_changed} -${r.files_removed}`,
          num(r.rows_read),
          num(r.rejects),
          stagesText(r),
        ]),
      ]),
    );
  }
  const changed = status.runs.filter((r) => r.changes.length > 0).slice(0, 3);
  for (const r of changed) {
    parts.push(
      `\nRun ${r.run_id} found (+ added, ~ changed, - removed):\n${changesText(r.changes)}`,
    );
  }
  const failed = status.runs.filter((r) => r.outcome === "failed" || r.outcome === "interrupted");
  if (failed.length > 0) {
    parts.push("\nFailed or interrupted (the reports stayed as they were):\n");
    for (const r of failed) {
      parts.push(
        r.outcome === "failed"
          ? `  run ${r.run_id} (${time(r.started_at)}) failed, exit ${r.exit_code}: ${esc(r.error ?? "?")}\n`
          : `  run ${r.run_id} (${time(r.started_at)}) was interrupted (killed, or the machine stopped); the next run took over\n`,
      );
    }
  }
  if (status.setAside.length > 0 || status.rejectsByFile.length > 0) {
    parts.push("\nSet aside by the last completed run (details in rejects.csv):\n");
    for (const f of status.setAside) parts.push(`  ${esc(f.file)}: whole file (${esc(f.error)})\n`);
    for (const f of status.rejectsByFile)
      parts.push(`  ${esc(f.file)}: ${f.rows} ${f.rows === 1 ? "row" : "rows"}\n`);
  }
  if (status.pending) {
    const { files, settings } = status.pending;
    parts.push(
      files.length === 0 && settings.length === 0
        ? "\nSince the last run: no input file added, changed or removed; settings unchanged.\n"
        : `\nSince the last run (the next refresh reads these):\n${changesText(files)}${settings
            .map((s) => `    ~ ${esc(s)}\n`)
            .join("")}`,
    );
  }
  return parts.join("");
}
