/** The industry chains of the demo county, and the demand routing rule of docs/domain.md. */
export interface ChainDef {
  id: string;
  name: string;
  aliases: string[];
  sectors: string[];
  keywords: string[];
}

export const CHAINS: readonly ChainDef[] = [
  {
    id: "bio-materials",
    name: "生物基材料",
    aliases: ["生物基新材料"],
    sectors: ["生物基材料制造", "化学原料和化学制品制造业"],
    keywords: ["聚乳酸", "发酵", "高分子", "生物基"],
  },
  {
    id: "food-processing",
    name: "食品加工",
    aliases: ["绿色食品加工"],
    sectors: ["农副食品加工业", "食品制造业"],
    keywords: ["食品", "果蔬", "肉制品", "面粉"],
  },
  {
    id: "equipment",
    name: "装备制造",
    aliases: ["高端装备制造"],
    sectors: ["通用设备制造业", "专用设备制造业"],
    keywords: ["机械", "数控", "焊接", "PLC"],
  },
  {
    id: "electronics",
    name: "电子信息",
    aliases: ["新一代信息技术"],
    sectors: ["计算机、通信和其他电子设备制造业", "软件和信息技术服务业"],
    keywords: ["软件", "电子", "嵌入式", "通信"],
  },
  {
    id: "new-energy",
    name: "新能源",
    aliases: ["新能源产业"],
    sectors: ["电气机械和器材制造业"],
    keywords: ["光伏", "储能", "电池", "氢能"],
  },
];

export type ChainId = string;

export function chainById(id: ChainId): ChainDef {
  const chain = CHAINS.find((candidate) => candidate.id === id);
  if (chain === undefined) throw new Error(`unknown chain ${id}`);
  return chain;
}

/** Chains whose keywords occur in the text. */
export function keywordChains(text: string): ChainId[] {
  return CHAINS.filter((chain) => chain.keywords.some((keyword) => text.includes(keyword))).map(
    (chain) => chain.id,
  );
}

export type Route = "chain" | "sector" | "keyword" | "none" | "ambiguous";

export interface RouteResult {
  route: Route;
  /** The deciding route's chains: one, or two or more when ambiguous. */
  chains: ChainId[];
  /** The chain column held a value naming no chain. */
  unresolvedChain: boolean;
}

/** docs/domain.md's rule: chain column, else sector, else keyword in field or position. */
export function routeDemand(row: {
  chain: string;
  sector: string;
  field: string;
  position: string;
}): RouteResult {
  const chainText = row.chain.trim();
  let unresolvedChain = false;
  if (chainText !== "") {
    const named = CHAINS.filter(
      (chain) => chain.name === chainText || chain.aliases.includes(chainText),
    );
    if (named.length > 0)
      return decide(
        "chain",
        named.map((chain) => chain.id),
        false,
      );
    unresolvedChain = true;
  }
  const sector = row.sector.trim();
  if (sector !== "") {
    const bySector = CHAINS.filter((chain) => chain.sectors.includes(sector));
    if (bySector.length > 0)
      return decide(
        "sector",
        bySector.map((chain) => chain.id),
        unresolvedChain,
      );
  }
  const byKeyword = keywordChains(`${row.field} ${row.position}`);
  if (byKeyword.length > 0) return decide("keyword", byKeyword, unresolvedChain);
  return { route: "none", chains: [], unresolvedChain };
}

function decide(route: Route, chains: ChainId[], unresolvedChain: boolean): RouteResult {
  return { route: chains.length > 1 ? "ambiguous" : route, chains, unresolvedChain };
}
