import { mkdirSync } from "node:fs";
import type { Context, RunTimings } from "../src/context.ts";
import { assign } from "./assign.ts";
import { fields } from "./fields.ts";
import { gaps } from "./gaps.ts";
import { ingest } from "./ingest.ts";
import { normalise } from "./normalise.ts";
import { report } from "./report.ts";
import { restoreHidden, runStage, type Stage, tableOwners } from "./stage.ts";

/** The stages in the order they run; each reads only tables made by those before it. */
export const stages: readonly Stage[] = [ingest, normalise, assign, gaps, fields, report];

export async function runPipeline(
  ctx: Context,
  only: readonly Stage[] = stages,
): Promise<RunTimings> {
  const owners = tableOwners(stages);
  const checkReads = process.env.TALENTMAP_CHECK_STAGE_READS === "1";
  if (checkReads) await restoreHidden(ctx);
  mkdirSync(ctx.out, { recursive: true });
  const timings: RunTimings = { stages: [] };
  for (const [i, stage] of only.entries()) {
    ctx.log.progress?.("run", i, only.length, stage.name);
    ctx.log.event?.("stage-start", { stage: stage.name });
    const ms = await runStage(stage, ctx, { owners, checkReads });
    timings.stages.push({ name: stage.name, ms });
    ctx.log.stage(stage.name, `done in ${(ms / 1000).toFixed(2)} s`);
  }
  ctx.log.progress?.("run", only.length, only.length, "");
  return timings;
}
