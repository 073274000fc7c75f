import { levelLabel, type ReportText } from "../../../messages/report.ts";
import { demandKeys, type Ladder, ladders } from "../../../vocab/ladders.ts";
import type { ExportValue } from "../../sheets/cells.ts";
import type { GapCell, Summary } from "../../summary/schema.ts";
import { gapCell, peopleCell } from "../../view/suppress.ts";

/** One line of the long-form gap table: chain × wave × ladder × demand level. */
export type GapLine = {
  chainId: string;
  chain: string;
  wave: string;
  ladder: Ladder;
  level: string;
  cell: GapCell;
};

export const gapsCsvHeader = [
  "chain_id",
  "chain",
  "wave",
  "ladder",
  "level",
  "demand",
  "matched",
  "gap",
];

/** Chains in chain_list order, waves ascending, education before title, levels top down. */
export function gapLines(summary: Summary): GapLine[] {
  return summary.chains.flatMap((chain) =>
    summary.waves.flatMap((wave) =>
      ladders.flatMap((ladder) => {
        const entry = chain.waves[wave];
        if (!entry) return [];
        const cells: Record<string, GapCell> =
          ladder === "education" ? entry.gap.byEducation : entry.gap.byTitle;
        return demandKeys(ladder).map((level) => ({
          chainId: chain.id,
          chain: chain.name,
          wave,
          ladder,
          level,
          cell: cells[level] ?? { demand: 0, matched: 0, gap: 0 },
        }));
      }),
    ),
  );
}

/** demand exact; matched (people) suppressed below the minimum cell size; gap to match. */
export function suppressedGap(
  cell: GapCell,
  minCellSize: number,
): [number, ExportValue, ExportValue] {
  return [
    cell.demand,
    peopleCell(cell.matched, minCellSize),
    gapCell(cell.demand, cell.matched, minCellSize),
  ];
}

/**
 * gaps.csv: long form with machine-stable headers and codes (chain_id … gap), so a script
 * or a pivot table reads it the same whatever the run's language.
 */
export function gapsCsvTable(summary: Summary, minCellSize: number): ExportValue[][] {
  return [
    gapsCsvHeader,
    ...gapLines(summary).map((line) => [
      line.chainId,
      line.chain,
      line.wave,
      line.ladder,
      line.level,
      ...suppressedGap(line.cell, minCellSize),
    ]),
  ];
}

/** The same lines for people reading the workbook: headers and levels in the run's language. */
export function gapsSheetTable(
  summary: Summary,
  minCellSize: number,
  text: ReportText,
): ExportValue[][] {
  return [
    [
      text.chainId,
      text.chain,
      text.wave,
      text.ladder,
      text.level,
      text.demand,
      text.matched,
      text.gap,
    ],
    ...gapLines(summary).map((line) => [
      line.chainId,
      line.chain,
      line.wave,
      text.ladderNames[line.ladder],
      levelLabel(text, line.ladder, line.level, "demand"),
      ...suppressedGap(line.cell, minCellSize),
    ]),
  ];
}

/** A sheet per ladder: one line per chain and wave, one column per level, the gap in each. */
export function gapPivotTable(
  summary: Summary,
  ladder: Ladder,
  minCellSize: number,
  text: ReportText,
): ExportValue[][] {
  const keys = demandKeys(ladder);
  const rows = new Map<string, ExportValue[]>();
  for (const line of gapLines(summary)) {
    if (line.ladder !== ladder) continue;
    const id = `${line.chainId}\u0000${line.wave}`;
    const row = rows.get(id) ?? [line.chainId, line.chain, line.wave];
    row.push(gapCell(line.cell.demand, line.cell.matched, minCellSize));
    rows.set(id, row);
  }
  return [
    [
      text.chainId,
      text.chain,
      text.wave,
      ...keys.map((key) => levelLabel(text, ladder, key, "demand")),
    ],
    ...rows.values(),
  ];
}
