import type { DuckDBConnection } from "@duckdb/node-api";
import type { Log } from "./log.ts";
import type { Lang } from "./messages.ts";
import type { Workspace } from "./workspace/load.ts";

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
}
