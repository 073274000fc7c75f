import type { TableSpec } from "./table.ts";

const text = "VARCHAR";
const int = "INTEGER";

export const chainList: TableSpec = {
  name: "chain_list",
  grain: "one per chain of chains.json",
  columns: { chain_id: text, name: text, ord: [int, "its place in chains.json, from 1"] },
};

export const demandChain: TableSpec = {
  name: "demand_chain",
  grain: "one per demand row",
  columns: {
    demand_id: int,
    chain_id: [text, "null unless assigned"],
    route: [
      text,
      "`chain`,`sector`,`keyword`: the deciding route, also for an ambiguous row; null",
    ],
    status: [text, "`assigned`,`ambiguous`,`unassigned`"],
    candidates: [text, "`;`-joined chain ids of an ambiguous row, else null"],
  },
};

export const personChain: TableSpec = {
  name: "person_chain",
  grain: "one per person and chain",
  columns: {
    person_key: text,
    chain_id: text,
    route: [
      text,
      "the first route, in the order tried, that put the person in the chain from any of their rows",
    ],
  },
};

export const chainRoutes: TableSpec = {
  name: "chain_routes",
  grain: "one per kind and route, zeros included",
  columns: {
    kind: [text, "`demand`,`person`"],
    route: [text, "`chain`,`sector`,`keyword`,`ambiguous` (demand only),`unassigned`"],
    rows: [
      int,
      "demand rows by the route that decided them (sums to the demand rows loaded); people by the first route that put them in any chain (sums to the distinct people)",
    ],
  },
};

export const unassignedDemand: TableSpec = {
  name: "unassigned_demand",
  grain: "one per demand row in no chain (ambiguous included)",
  columns: {
    file: text,
    sheet: text,
    row_number: int,
    wave: text,
    employer: text,
    position: text,
    status: [text, "`ambiguous`,`unassigned`"],
    route: [text, "for an ambiguous row, the route that found two chains"],
    candidates: [text, "`;`-joined chain ids"],
  },
};

export const assignTables = [chainList, demandChain, personChain, chainRoutes, unassignedDemand];
