import {
  demandEducationKeys,
  type Ladder,
  ladderRanks,
  supplyEducationKeys,
  titleKeys,
} from "../vocab/ladders.ts";
import { quoteLiteral } from "../warehouse/sql.ts";

/**
 * A relation `(side, level, rank, ord)` of one ladder's keys, from ladders.ts: demand's levels
 * end in `none`, supply's education in `unknown` (same rank as `none`); `ord` is the order to
 * list them in.
 */
export function ladderLevelsSql(ladder: Ladder): string {
  const ranks = ladderRanks(ladder);
  const sides: [string, readonly string[]][] =
    ladder === "education"
      ? [
          ["demand", demandEducationKeys],
          ["supply", supplyEducationKeys],
        ]
      : [
          ["demand", titleKeys],
          ["supply", titleKeys],
        ];
  const rows = sides.flatMap(([side, keys]) =>
    keys.map(
      (key, i) => `(${quoteLiteral(side)}, ${quoteLiteral(key)}, ${ranks.get(key)}, ${i + 1})`,
    ),
  );
  return `(select * from (values ${rows.join(", ")}) t(side, level, rank, ord))`;
}
