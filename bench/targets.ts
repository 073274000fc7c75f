/**
 * The targets of issue #7, as the README's "Scale" section states them. Each is checked from
 * the figures of one benchmark run; a target whose step was skipped is not listed.
 */
export interface Target {
  name: string;
  /** The measured figure, as printed. */
  measured: string;
  /** The bound, as printed. */
  limit: string;
  pass: boolean;
}

export const LIMITS = {
  /** `run` on the scale workspace, against DuckDB's read_csv of the same files. */
  runRatio: 3,
  peakRssMb: 1500,
  xlsxRowsPerSecond: 20_000,
  /** Peak memory of the K-row workbook's ingest against the K/2-row one's. */
  xlsxMemoryGrowth: 1.25,
  gb18030Ratio: 1.7,
  demoSeconds: 5,
  refreshSeconds: 1,
} as const;

const s = (seconds: number) => `${seconds.toFixed(2)} s`;

export function ratioTarget(name: string, seconds: number, base: number, max: number): Target {
  const ratio = seconds / base;
  return {
    name,
    measured: `${s(seconds)} = ${ratio.toFixed(1)}× ${s(base)}`,
    limit: `≤ ${max}×`,
    pass: ratio <= max,
  };
}

export function maxTarget(name: string, value: number, max: number, unit: string): Target {
  return {
    name,
    measured: `${value.toFixed(unit === "s" ? 2 : 0)} ${unit}`,
    limit: `< ${max} ${unit}`,
    pass: value < max,
  };
}

export function minTarget(name: string, value: number, min: number, unit: string): Target {
  return {
    name,
    measured: `${Math.round(value)} ${unit}`,
    limit: `≥ ${min} ${unit}`,
    pass: value >= min,
  };
}

export function checkTarget(name: string, failures: readonly string[], what: string): Target {
  return {
    name,
    measured: failures.length === 0 ? what : `${failures.length} problems`,
    limit: "none",
    pass: failures.length === 0,
  };
}

/** One line a target: PASS or FAIL, what, the figure and its bound. */
export function formatTargets(targets: readonly Target[]): string {
  const width = Math.max(...targets.map((t) => t.name.length));
  return targets
    .map((t) => `${t.pass ? "PASS" : "FAIL"}  ${t.name.padEnd(width)}  ${t.measured}  (${t.limit})`)
    .join("\n");
}
