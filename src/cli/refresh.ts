import type { App } from "../context.ts";
import { runCommand } from "./run.ts";

/** `talentmap refresh`: the nightly job's command (see run.ts for the shared options). */
export async function main(args: string[], app: App): Promise<number> {
  return runCommand("refresh", args, app);
}
