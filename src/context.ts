import type { DuckDBConnection } from "@duckdb/node-api";
import type { Log } from "./log.ts";
import type { Lang } from "./messages.ts";
import type { Workspace } from "./workspace/load.ts";
import type { WorkspaceScan } from "./workspace/scan.ts";

/** What every stage gets: no globals, so tests pass a silent log and a fixed clock. */
export interface Context {
  readonly db: DuckDBConnection;
  readonly log: Log;
  readonly now: () => Date;
  readonly workspace: Workspace;
  readonly out: string;
  readonly lang: Lang;
  /** Also print each report page to PDF with headless Chromium (`--pdf`). */
  readonly pdf?: boolean;
  /**
   * How ingest treats what it read before: `full` (the default, `talentmap run`) reads every
   * file; `incremental` (`talentmap refresh`) reads only the waves whose files were added,
   * changed or removed, and the rosters (see src/runs/changes.ts).
   */
  readonly ingestMode?: "full" | "incremental";
  /** The workspace's files as hashed before the run; ingest scans them itself when absent. */
  readonly scan?: WorkspaceScan;
  /** The code version (src/runs/version.ts); computed when absent. */
  readonly codeVersion?: string;
  /** The `runs` row of this run, recorded beside each file ingest reads. */
  readonly runId?: number;
}

/** What the stages took, in order (pipelines/pipeline.ts). */
export interface RunTimings {
  readonly stages: { name: string; ms: number }[];
}

/** Runs every stage on a context: pipelines/pipeline.ts's runPipeline. */
export type PipelineRunner = (ctx: Context) => Promise<RunTimings>;

/**
 * What the library's commands need of the stages, given by the entry point (pipelines/main.ts):
 * src/ never imports pipelines/. Loaded when a run has work to do, so a refresh that finds
 * nothing changed, and every `--help`, starts without loading the stages.
 */
export interface App {
  readonly loadPipeline: () => Promise<PipelineRunner>;
}
