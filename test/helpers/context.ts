import type { DuckDBConnection } from "@duckdb/node-api";
import type { Context } from "../../src/context.ts";
import { memoryLog } from "../../src/log.ts";
import type { Lang } from "../../src/messages/lang.ts";
import type { Chain } from "../../src/workspace/config.ts";
import { workspaceConfigSchema } from "../../src/workspace/config.ts";

/** A stage context with a silent log and a fixed clock, for tests. */
export function testContext(
  db: DuckDBConnection,
  options: { dir?: string; out?: string; chains?: Chain[]; locality?: string; lang?: Lang } = {},
): Context & { log: ReturnType<typeof memoryLog> } {
  return {
    db,
    log: memoryLog(),
    now: () => new Date("2026-11-21T02:00:00Z"),
    workspace: {
      dir: options.dir ?? "/nonexistent",
      config: workspaceConfigSchema.parse(options.locality ? { locality: options.locality } : {}),
      chains: options.chains ?? [],
    },
    out: options.out ?? "/nonexistent",
    lang: options.lang ?? "zh",
  };
}
