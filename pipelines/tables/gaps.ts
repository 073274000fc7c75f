import type { TableSpec } from "./table.ts";

const text = "VARCHAR";
const int = "INTEGER";

export const demandLevels: TableSpec = {
  name: "demand_levels",
  grain: "chain × wave × ladder × level (all levels, zeros included)",
  columns: {
    chain_id: text,
    wave: text,
    ladder: text,
    level: text,
    rank: int,
    headcount: int,
  },
};

export const supplyLevels: TableSpec = {
  name: "supply_levels",
  grain: "chain × ladder × level (all levels)",
  columns: { chain_id: text, ladder: text, level: text, rank: int, people: int },
};

export const gaps: TableSpec = {
  name: "gaps",
  grain: "chain × wave × ladder × demand level",
  columns: {
    chain_id: text,
    wave: text,
    ladder: text,
    level: text,
    rank: int,
    demand: int,
    matched: int,
    gap: int,
  },
};

export const gapTables = [demandLevels, supplyLevels, gaps];
