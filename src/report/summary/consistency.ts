import type { GapCell, Summary } from "./schema.ts";

/**
 * Cross-checks of the figures the stages made separately: each returns a sentence per
 * disagreement, none when the tables agree. A disagreement is a bug in an earlier stage
 * (e.g. supply_levels counting people cumulatively), never something the user can fix.
 */
export function checkSummary(summary: Summary): string[] {
  const problems: string[] = [];
  for (const chain of summary.chains) {
    const { supply } = chain;
    for (const [ladder, counts] of [
      ["education", supply.byEducation],
      ["title", supply.byTitle],
    ] as const) {
      const total = sum(Object.values(counts));
      if (total !== supply.people) {
        problems.push(
          `chain ${chain.id}: supply_levels ${ladder} sums to ${total} people, person_chain has ${supply.people}`,
        );
      }
    }
    for (const [code, people] of Object.entries(supply.byField ?? {})) {
      if (people > supply.people) {
        problems.push(
          `chain ${chain.id}: ${people} people hold ${code}, more than the chain's ${supply.people}`,
        );
      }
    }
    const provinces = sum(Object.values(supply.byProvince));
    if (provinces !== supply.people) {
      problems.push(
        `chain ${chain.id}: people by province sum to ${provinces}, not ${supply.people}`,
      );
    }
    for (const [wave, entry] of Object.entries(chain.waves)) {
      const { demand, gap } = entry;
      const where = `chain ${chain.id} wave ${wave}`;
      const levels: [string, Record<string, number>, Record<string, GapCell>][] = [
        ["education", demand.byEducation, gap.byEducation],
        ["title", demand.byTitle, gap.byTitle],
      ];
      for (const [ladder, counts, cells] of levels) {
        const total = sum(Object.values(counts));
        if (total !== demand.headcount) {
          problems.push(
            `${where}: demand_levels ${ladder} sums to ${total}, demand to ${demand.headcount}`,
          );
        }
        for (const [level, cell] of Object.entries(cells)) {
          if (cell.demand !== counts[level]) {
            problems.push(
              `${where}: gaps ${ladder}/${level} demand ${cell.demand} ≠ demand_levels ${counts[level]}`,
            );
          }
          if (cell.matched + cell.gap !== cell.demand) {
            problems.push(
              `${where}: gaps ${ladder}/${level} matched ${cell.matched} + gap ${cell.gap} ≠ demand ${cell.demand}`,
            );
          }
        }
      }
      problems.push(...checkFields(where, demand.byField, gap.byField));
      const regions = sum(Object.values(demand.byRegion));
      if (regions !== demand.headcount) {
        problems.push(`${where}: demand by region sums to ${regions}, not ${demand.headcount}`);
      }
    }
  }
  return problems;
}

/** The field gaps cover exactly the disciplines with demand, with the same headcounts. */
function checkFields(
  where: string,
  demand: Record<string, number> | undefined,
  gap: Record<string, GapCell> | undefined,
): string[] {
  if (demand === undefined && gap === undefined) return [];
  const problems: string[] = [];
  const codes = new Set([...Object.keys(demand ?? {}), ...Object.keys(gap ?? {})]);
  for (const code of codes) {
    const cell = gap?.[code];
    if (cell?.demand !== demand?.[code]) {
      problems.push(
        `${where}: field_gaps ${code} demand ${cell?.demand} ≠ field_levels ${demand?.[code]}`,
      );
    } else if (cell && cell.matched + cell.gap !== cell.demand) {
      problems.push(
        `${where}: field_gaps ${code} matched ${cell.matched} + gap ${cell.gap} ≠ demand ${cell.demand}`,
      );
    }
  }
  return problems;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
