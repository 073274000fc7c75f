import type { DuckDBConnection } from "@duckdb/node-api";
import type { Context } from "../../src/context.ts";
import { memoryLog } from "../../src/log.ts";
import type { Lang } from "../../src/messages/lang.ts";
import type { Chain } from "../../src/workspace/config.ts";
import { workspaceConfigSchema } from "../../src/workspace/config.ts";

/** A stage context with a silent log and a fixed clock, for tests. */
export function testContext(
  db: DuckDBConnection,
  options: {
    dir?: string;
    out?: string;
    chains?: Chain[];
    locality?: string;
    /** Other settings of talentmap.json. */
    config?: Record<string, unknown>;
    lang?: Lang;
    now?: Date;
  } = {},
): Context & { log: ReturnType<typeof memoryLog> } {
  const now = options.now ?? new Date("2026-11-21T02:00:00Z");
  return {
    db,
    log: memoryLog(),
    now: () => new Date(now),
    workspace: {
      dir: options.dir ?? "/nonexistent",
      config: workspaceConfigSchema.parse({
        ...options.config,
        ...(options.locality ? { locality: options.locality } : {}),
      }),
      chains: options.chains ?? [],
    },
    out: options.out ?? "/nonexistent",
    lang: options.lang ?? "zh",
  };
}
