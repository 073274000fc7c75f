import type { LoggerInterface, Spec as VegaSpec } from "vega";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Compiles a vega-lite spec, collecting what vega-lite warns about instead of printing it. */
export function compileSpec(spec: TopLevelSpec): { vega: VegaSpec; warnings: string[] } {
  const warnings: string[] = [];
  const collect = (...args: unknown[]) => {
    warnings.push(args.map(String).join(" "));
    return logger;
  };
  const logger: LoggerInterface = {
    level: (_?: number) => logger,
    error: collect,
    warn: collect,
    info: () => logger,
    debug: () => logger,
  };
  return { vega: compile(spec, { logger }).spec, warnings };
}

/**
 * Renders a chart to an SVG string at build time, headless (no canvas, no DOM, no network):
 * the pages embed it inline and need no script.
 */
export async function renderSvg(
  spec: TopLevelSpec,
  onWarning?: (message: string) => void,
): Promise<string> {
  const { vega: compiled, warnings } = compileSpec(spec);
  for (const warning of warnings) onWarning?.(warning);
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
