/**
 * The gap cascade of docs/domain.md as one SQL query, for any grain: chain × wave × ladder (the
 * `gaps` stage) or chain × wave × discipline (the `fields` stage). Walking the levels from the
 * highest, the cumulative number matched down to level L is M(L) = min(M(L-1) + D(L), S(>=L)),
 * which unrolls to M(L) = cumD(L) + min(0, min over k <= L of (S(>=k) - cumD(k))): two window
 * functions instead of a loop. matched(L) = M(L) - M(L-1).
 *
 * The `gaps` and `fields` stages both run it; `test/gaps/cascade.test.ts` checks it against
 * the gaps stage's output and test/pipelines/gaps.test.ts against brute-force matching.
 */
import { quoteIdent } from "../warehouse/sql.ts";

export interface CascadeInput {
  /**
   * A relation (table name or parenthesised query) with the `keys` columns, `level`, `rank`
   * (1 = highest) and `demand`: one row per demand level of each walk, zeros included.
   */
  readonly demand: string;
  /** A relation with the `supplyKeys` columns, `rank` and `people` (people of that rank). */
  readonly supply: string;
  /** The columns that name one walk (e.g. chain_id, wave, ladder). */
  readonly keys: readonly string[];
  /** The columns supply is matched on, a subset of `keys` (supply has no wave). */
  readonly supplyKeys: readonly string[];
}

/**
 * `select <keys>, level, rank, demand, matched, gap`: one row per demand row, ordered by the
 * keys and rank. A person of rank r counts for every demand level of rank >= r, so supply's
 * `unknown` (which shares the rank of demand's `none`) fills only `none`.
 */
export function cascadeSql(input: CascadeInput): string {
  const keys = input.keys.map(quoteIdent);
  const partition = keys.join(", ");
  const match = input.supplyKeys.map((k) => `s.${quoteIdent(k)} = d.${quoteIdent(k)}`);
  const walk = `partition by ${partition} order by rank`;
  return `with stepped as (
      select ${keys.map((k) => `d.${k}`).join(", ")}, d.level, d.rank, d.demand,
        (select coalesce(sum(s.people), 0) from ${input.supply} s
          where ${[...match, "s.rank <= d.rank"].join(" and ")}) as supply_at_or_above,
        sum(d.demand) over (partition by ${keys.map((k) => `d.${k}`).join(", ")} order by d.rank) as cum_demand
      from ${input.demand} d),
    slack as (
      select *, min(supply_at_or_above - cum_demand) over (${walk}) as least_slack from stepped),
    cumulative as (select *, cum_demand + least(0, least_slack) as cum_matched from slack),
    stepwise as (
      select *, cum_matched - coalesce(lag(cum_matched) over (${walk}), 0) as step from cumulative)
    select ${partition}, level, rank, demand::integer as demand, step::integer as matched,
      (demand - step)::integer as gap
    from stepwise order by ${partition}, rank`;
}
