/** One line of the benchmark's report. */
export interface BenchRow {
  stage: string;
  rows: number | null;
  seconds: number;
  rowsPerSecond: number | null;
  /** seconds / the reference's seconds (DuckDB's read_csv of the same files, unless noted). */
  ratio: number | null;
  ratioTo: string | null;
  /** The step's process: its peak resident set so far, MB (0: not measured). */
  maxRssMb: number;
  /** Highest resident set sampled during this step, MB (0: not measured). */
  stepPeakMb: number;
}

const COLUMNS: { title: string; right: boolean; cell: (row: BenchRow) => string }[] = [
  { title: "stage", right: false, cell: (r) => r.stage },
  { title: "rows", right: true, cell: (r) => (r.rows === null ? "" : String(r.rows)) },
  { title: "seconds", right: true, cell: (r) => r.seconds.toFixed(2) },
  {
    title: "rows/s",
    right: true,
    cell: (r) => (r.rowsPerSecond === null ? "" : Math.round(r.rowsPerSecond).toString()),
  },
  { title: "ratio", right: true, cell: (r) => (r.ratio === null ? "" : `${r.ratio.toFixed(1)}x`) },
  { title: "ratio to", right: false, cell: (r) => r.ratioTo ?? "" },
  { title: "peak RSS MB", right: true, cell: (r) => (r.maxRssMb > 0 ? r.maxRssMb.toFixed(0) : "") },
  {
    title: "step peak MB",
    right: true,
    cell: (r) => (r.stepPeakMb > 0 ? r.stepPeakMb.toFixed(0) : ""),
  },
];

/** A plain-text table, columns padded to their widest cell. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = [
    COLUMNS.map((c) => c.title),
    ...rows.map((row) => COLUMNS.map((c) => c.cell(row))),
  ];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => (line[i] ?? "").length)));
  const format = (line: string[]) =>
    line
      .map((cell, i) => {
        const width = widths[i] as number;
        return COLUMNS[i]?.right ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(" | ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("-|-");
  return [format(cells[0] as string[]), rule, ...cells.slice(1).map(format)].join("\n");
}
