import type { ExportValue } from "../../sheets/cells.ts";
import type { Summary } from "../../summary/schema.ts";
import { bandText, chainShortage } from "../../view/shortage.ts";
import { peopleCell } from "../../view/suppress.ts";
import { waveTotals } from "../../view/totals.ts";
import type { SheetOptions } from "../section.ts";

/** 产业链一览: one row per chain, latest wave. */
export function chainsSheet(summary: Summary, o: SheetOptions): ExportValue[][] {
  const { text } = o;
  const wave = summary.waves.at(-1);
  const header = [
    text.chainId,
    text.chain,
    text.wave,
    text.headcount,
    text.people,
    text.matched,
    text.gap,
    text.ratio,
    text.shortageLevel,
  ];
  if (!wave) return [header];
  return [
    header,
    ...summary.chains.map((chain) => {
      const t = waveTotals(chain, wave, o.minCellSize);
      const s = chainShortage(chain, wave, o);
      return [
        chain.id,
        chain.name,
        wave,
        t.headcount,
        peopleCell(chain.supply.people, o.minCellSize),
        t.matched,
        t.gap,
        s ? s.shown : null,
        s ? bandText(s, text) : null,
      ];
    }),
  ];
}
