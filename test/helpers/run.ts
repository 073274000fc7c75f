import { app } from "../../pipelines/app.ts";
import { memoryLog } from "../../src/log.ts";
import { executeRun, type RunRequest } from "../../src/runs/execute.ts";
import type { Place } from "./workspace.ts";

/**
 * A run of `p` in this process, as the CLI's would be but with a silent log and a pinned code
 * version: its log and the result's promise (which the test awaits or expects to reject).
 */
export function runQuietly(p: Place, more: Partial<RunRequest> = {}) {
  const log = memoryLog();
  const result = executeRun({
    app,
    command: "run",
    data: p.data,
    out: p.out,
    db: p.db,
    lang: "zh",
    pdf: false,
    rejectsOk: false,
    log,
    codeVersion: "test",
    ...more,
  });
  return { log, result };
}
