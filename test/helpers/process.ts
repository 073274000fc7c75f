import { spawnSync } from "node:child_process";

/** The id of a process that has ended: a lock or folder naming it is a dead run's. */
export function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid as number;
}
