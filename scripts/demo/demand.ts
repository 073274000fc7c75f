import {
  CHAINS,
  type ChainId,
  chainById,
  keywordChains,
  type RouteResult,
  routeDemand,
} from "./chains.ts";
import { corruptCreditCode } from "./creditCode.ts";
import { randomDate } from "./dates.ts";
import {
  DEMAND_LAYOUTS,
  type DemandKey,
  type DemandLayout,
  hasColumn,
  WAVE_DATES,
  type Wave,
} from "./demandLayouts.ts";
import {
  drawEducation,
  drawHeadcount,
  drawMode,
  drawSalary,
  drawSkill,
  drawTitle,
  drawUrgency,
  fullWidth,
} from "./demandValues.ts";
import { drawEnterprises, type Enterprise } from "./enterprises.ts";
import { AMBIGUOUS_POSITION, POSITIONS, type PositionTemplate } from "./positions.ts";
import type { Rng } from "./random.ts";
import type { Cell } from "./write.ts";

/**
 * Plans the demand rows of the survey files: which enterprise reports what, through which
 * file, by which chain route, and which rows are deliberately bad.
 */
export type Plan = "chain" | "sector" | "keyword" | "none" | "ambiguous";

export type BadDemandKind =
  | "headcount-text"
  | "headcount-zero"
  | "missing-position"
  | "bad-credit-code";

export interface DemandRow {
  layout: DemandLayout;
  enterprise: Enterprise;
  values: Partial<Record<DemandKey, Cell>>;
  /** The true headcount of a good row. */
  headcount: number;
  plan: Plan;
  /** The chain column names no chain (the row then goes on to the sector route). */
  unresolvedChain: boolean;
  route: RouteResult;
  bad: { kind: BadDemandKind; key: DemandKey; reason: string } | null;
}

export const MIN_DEMAND = 20;

/** Rows per file, in file order, enterprises grouped. */
export function planDemand(rng: Rng, total: number): Map<DemandLayout["id"], DemandRow[]> {
  if (!Number.isInteger(total) || total < MIN_DEMAND) {
    throw new Error(`--demand must be an integer of at least ${MIN_DEMAND}`);
  }
  const enterpriseCount = Math.max(8, Math.round((total * 80) / 300));
  const noneEnterprises = Math.max(1, Math.round((enterpriseCount * 3) / 80));
  const noneRows = Math.max(2, noneEnterprises, Math.round(total * 0.02));
  const enterprises = drawEnterprises(rng.fork("enterprises"), enterpriseCount, noneEnterprises);

  const counts = rowsPerEnterprise(rng, enterprises, total, noneRows);
  const perWave = splitWaves(rng, enterprises, counts);
  const assignment = assignFiles(rng, enterprises, perWave);

  const byFile = new Map<DemandLayout["id"], DemandRow[]>();
  for (const layout of DEMAND_LAYOUTS) byFile.set(layout.id, []);
  for (const enterprise of enterprises) {
    for (const wave of ["2024H1", "2024H2"] as const) {
      const count = perWave.get(enterprise)?.[wave] ?? 0;
      const layout = assignment.get(enterprise)?.[wave];
      if (count === 0 || layout === undefined) continue;
      byFile.get(layout.id)?.push(...enterpriseRows(rng, enterprise, layout, count));
    }
  }
  const all = [...byFile.values()].flat();
  plantSpecialRows(rng, all);
  plantBadRows(rng, all, Math.max(1, Math.floor(total / 300)));
  for (const row of all) row.route = routeOf(row);
  for (const row of all) checkRoute(row);
  return byFile;
}

function rowsPerEnterprise(
  rng: Rng,
  enterprises: Enterprise[],
  total: number,
  noneRows: number,
): Map<Enterprise, number> {
  const counts = new Map<Enterprise, number>(enterprises.map((e) => [e, 1]));
  const none = enterprises.filter((e) => e.chain === null);
  const chained = enterprises.filter((e) => e.chain !== null);
  for (let i = none.length; i < noneRows; i++) bump(counts, rng.pick(none));
  const sizes = chained.map((e) => [e, rng.int(1, 6)] as const);
  for (let i = noneRows + chained.length; i < total; i++) bump(counts, rng.weighted(sizes));
  return counts;
}

function bump(counts: Map<Enterprise, number>, enterprise: Enterprise): void {
  counts.set(enterprise, (counts.get(enterprise) ?? 0) + 1);
}

type WaveCounts = Record<Wave, number>;

function splitWaves(
  rng: Rng,
  enterprises: Enterprise[],
  counts: Map<Enterprise, number>,
): Map<Enterprise, WaveCounts> {
  const out = new Map<Enterprise, WaveCounts>();
  for (const enterprise of enterprises) {
    const count = counts.get(enterprise) ?? 0;
    const mode =
      count === 1
        ? rng.pick(["h1", "h2"] as const)
        : rng.weighted([
            ["both", 60],
            ["h1", 18],
            ["h2", 22],
          ] as const);
    if (mode === "both") {
      const h1 = Math.min(count - 1, Math.max(1, Math.round(count * (0.3 + rng.next() * 0.3))));
      out.set(enterprise, { "2024H1": h1, "2024H2": count - h1 });
    } else {
      out.set(enterprise, {
        "2024H1": mode === "h1" ? count : 0,
        "2024H2": mode === "h2" ? count : 0,
      });
    }
  }
  return out;
}

/** Each enterprise reports a wave through one file; every file gets at least one enterprise. */
function assignFiles(
  rng: Rng,
  enterprises: Enterprise[],
  perWave: Map<Enterprise, WaveCounts>,
): Map<Enterprise, Partial<Record<Wave, DemandLayout>>> {
  const out = new Map<Enterprise, Partial<Record<Wave, DemandLayout>>>(
    enterprises.map((e) => [e, {}]),
  );
  for (const wave of ["2024H1", "2024H2"] as const) {
    const layouts = DEMAND_LAYOUTS.filter((layout) => layout.wave === wave);
    const reporting = enterprises.filter((e) => (perWave.get(e)?.[wave] ?? 0) > 0);
    if (reporting.length < layouts.length) {
      throw new Error(`too few enterprises report in ${wave}; raise --demand`);
    }
    reporting.forEach((enterprise, index) => {
      const layout =
        index < layouts.length
          ? (layouts[index] as DemandLayout)
          : rng.weighted(layouts.map((l) => [l, l.weight] as const));
      const entry = out.get(enterprise);
      if (entry !== undefined) entry[wave] = layout;
    });
  }
  return out;
}

type Style = "chain" | "sector" | "keyword" | "none";

function drawStyle(rng: Rng, enterprise: Enterprise, layout: DemandLayout): Style {
  if (enterprise.chain === null) return "none";
  return hasColumn(layout, "chain")
    ? rng.weighted([
        ["chain", 48],
        ["sector", 30],
        ["keyword", 22],
      ] as const)
    : rng.weighted([
        ["sector", 65],
        ["keyword", 35],
      ] as const);
}

const LOOSE_SECTORS = ["", "", "", "", "制造业", "其他", "高新技术企业"];

function enterpriseRows(
  rng: Rng,
  enterprise: Enterprise,
  layout: DemandLayout,
  count: number,
): DemandRow[] {
  const style = drawStyle(rng, enterprise, layout);
  const chain = enterprise.chain === null ? null : chainById(enterprise.chain);
  const chainLabel = chain === null ? "" : rng.chance(0.7) ? chain.name : rng.pick(chain.aliases);
  const sector = chain === null ? "" : rng.pick(chain.sectors);
  const [from, to] = WAVE_DATES[layout.wave];
  const date = randomDate(rng, from, to);
  const codeLeftBlank = rng.chance(0.03);
  // One person fills an enterprise's rows, and writes its town the same way each time.
  const region = layout.region(rng, enterprise.town);
  let pool = templatesFor(enterprise.chain, style === "keyword");
  const rows: DemandRow[] = [];
  for (let i = 0; i < count; i++) {
    if (pool.length === 0) pool = templatesFor(enterprise.chain, style === "keyword");
    const template = rng.pick(pool);
    pool = pool.filter((candidate) => candidate !== template);
    const row = makeRow(rng, enterprise, layout, template, date, region);
    row.values.creditCode = codeLeftBlank ? "" : enterprise.creditCode;
    row.plan = style;
    if (style === "chain") {
      row.values.chain = chainLabel;
      row.values.sector = rng.chance(0.75) ? sector : "";
    } else if (style === "sector") {
      row.values.sector = sector;
    } else if (style === "keyword") {
      row.values.sector = rng.pick(LOOSE_SECTORS);
    } else {
      row.values.sector = rng.chance(0.8) ? enterprise.otherSector : "";
    }
    rows.push(row);
  }
  return rows;
}

/** A chain's positions; for the keyword route only those naming one of its keywords. */
function templatesFor(chain: ChainId | null, keywordOnly: boolean): PositionTemplate[] {
  const all = POSITIONS[chain ?? "none"] ?? [];
  if (!keywordOnly || chain === null) return [...all];
  return all.filter((template) => {
    const chains = keywordChains(`${template.field} ${template.position}`);
    return chains.length === 1 && chains[0] === chain;
  });
}

function makeRow(
  rng: Rng,
  enterprise: Enterprise,
  layout: DemandLayout,
  template: PositionTemplate,
  date: string,
  region: string,
): DemandRow {
  const headcount = drawHeadcount(rng, template.level);
  const values: Partial<Record<DemandKey, Cell>> = {
    employer: enterprise.name,
    chain: "",
    region: rng.chance(0.03) ? "" : region,
    position: template.position,
    field: template.field,
    education: drawEducation(rng, template.level),
    title: drawTitle(rng, template.level),
    skill: drawSkill(rng, template.level),
    headcount: rng.chance(0.02)
      ? fullWidth(rng.chance(0.5) ? String(headcount) : `${headcount}人`)
      : layout.headcount(rng, headcount),
    urgency: drawUrgency(rng, template.level),
    salary: drawSalary(rng, template.level, layout.salary),
    mode: drawMode(rng, template.level, layout.flexibleWord),
    date: layout.date(date),
  };
  return {
    layout,
    enterprise,
    values,
    headcount,
    plan: "none",
    unresolvedChain: false,
    route: { route: "none", chains: [], unresolvedChain: false },
    bad: null,
  };
}

/**
 * The ambiguous row (keywords of two chains, no chain column, no chain sector), the row whose
 * chain column names no chain, a traditional-character region and stray spaces in a name.
 */
function plantSpecialRows(rng: Rng, rows: DemandRow[]): void {
  const chained = rows.filter((row) => row.enterprise.chain !== null);
  const preferred = chained.filter(
    (row) => row.enterprise.chain === "new-energy" || row.enterprise.chain === "electronics",
  );
  const ambiguous = rng.pick(preferred.length > 0 ? preferred : chained);
  ambiguous.values.chain = "";
  ambiguous.values.sector = "";
  ambiguous.values.position = AMBIGUOUS_POSITION.position;
  ambiguous.values.field = AMBIGUOUS_POSITION.field;
  ambiguous.plan = "ambiguous";

  const withChainColumn = chained.filter(
    (row) => row !== ambiguous && hasColumn(row.layout, "chain"),
  );
  const unresolved = rng.pick(withChainColumn);
  const chain = chainById(unresolved.enterprise.chain as ChainId);
  unresolved.values.chain = chain.id === "bio-materials" ? "新材料" : "战略性新兴产业";
  unresolved.values.sector = chain.sectors[0] ?? "";
  unresolved.plan = "sector";
  unresolved.unresolvedChain = true;

  const h2csv = rows.filter((row) => row.layout.id === "h2-csv" && row.values.region !== "");
  if (h2csv.length > 0) rng.pick(h2csv).values.region = "南樂縣";

  const spaced = rng.pick(rows.filter((row) => row.layout.id === "h2-xlsx"));
  spaced.values.employer = ` ${spaced.enterprise.name}\u3000`;
}

/** Kinds of bad rows and the file each is planted in (when that file has a candidate). */
const BAD_PLANS: readonly (readonly [BadDemandKind, DemandLayout["id"]])[] = [
  ["headcount-text", "h1-xlsx"],
  ["bad-credit-code", "h1-csv"],
  ["missing-position", "h2-xlsx"],
  ["headcount-zero", "h2-csv"],
];

function plantBadRows(rng: Rng, rows: DemandRow[], perKind: number): void {
  for (const [kind, fileId] of BAD_PLANS) {
    for (let i = 0; i < perKind; i++) {
      const eligible = rows.filter(
        (row) =>
          row.bad === null &&
          row.plan !== "ambiguous" &&
          !row.unresolvedChain &&
          (kind !== "bad-credit-code" || row.values.creditCode !== ""),
      );
      const inFile = eligible.filter((row) => row.layout.id === fileId);
      const row = rng.pick(inFile.length > 0 ? inFile : eligible);
      row.bad = spoil(rng, row, kind);
    }
  }
}

function spoil(rng: Rng, row: DemandRow, kind: BadDemandKind): NonNullable<DemandRow["bad"]> {
  switch (kind) {
    case "headcount-text":
      row.values.headcount = "若干";
      return { kind, key: "headcount", reason: "需求人数不是数字（若干）" };
    case "headcount-zero":
      row.values.headcount = row.layout.format === "xlsx" ? 0 : "0";
      return { kind, key: "headcount", reason: "需求人数为 0" };
    case "missing-position":
      row.values.position = "";
      return { kind, key: "position", reason: "岗位名称为空" };
    case "bad-credit-code":
      row.values.creditCode = corruptCreditCode(row.enterprise.creditCode, rng.int(0, 29));
      return { kind, key: "creditCode", reason: "统一社会信用代码校验位错误" };
  }
}

function text(cell: Cell | undefined): string {
  return typeof cell === "string" ? cell : typeof cell === "number" ? String(cell) : "";
}

function routeOf(row: DemandRow): RouteResult {
  return routeDemand({
    chain: text(row.values.chain),
    sector: text(row.values.sector),
    field: text(row.values.field),
    position: text(row.values.position),
  });
}

/** The generator's own invariant: each good row routes the way it was planned. */
function checkRoute(row: DemandRow): void {
  if (row.bad !== null) return;
  const { route, chains } = row.route;
  const expected = row.plan;
  const chainOk =
    expected === "none" || expected === "ambiguous"
      ? true
      : chains.length === 1 && chains[0] === row.enterprise.chain;
  if (route !== expected || !chainOk || row.route.unresolvedChain !== row.unresolvedChain) {
    throw new Error(
      `demand row of ${row.enterprise.name} (${text(row.values.position)}) planned ${expected}, routes ${route} to ${chains.join(",")}`,
    );
  }
}

export const CHAIN_IDS: readonly ChainId[] = CHAINS.map((chain) => chain.id);
