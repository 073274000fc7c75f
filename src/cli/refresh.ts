import { runCommand } from "./run.ts";

/** `talentmap refresh`: the nightly job's command (see run.ts for the shared options). */
export async function main(args: string[]): Promise<number> {
  return runCommand("refresh", args);
}
