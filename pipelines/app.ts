import type { App } from "../src/context.ts";

/**
 * The stages, as the library's commands get them (src/ never imports pipelines/): loaded when
 * a run has work to do.
 */
export const app: App = {
  loadPipeline: async () => (await import("./pipeline.ts")).runPipeline,
};
