import { CHAINS, type ChainId } from "./chains.ts";
import { makeCreditCode } from "./creditCode.ts";
import { COUNTY, TOWN_WEIGHTS } from "./places.ts";
import type { Rng } from "./random.ts";

/** A surveyed enterprise. `chain` is null for the few outside every chain (trade, logistics). */
export interface Enterprise {
  name: string;
  creditCode: string;
  town: string;
  chain: ChainId | null;
  /** The sector it reports when it reports one outside the chain sectors (none-chain firms). */
  otherSector: string;
}

const BRANDS = [
  "宏业",
  "金丰",
  "华隆",
  "瑞丰",
  "鼎盛",
  "中科",
  "恒达",
  "天成",
  "润禾",
  "绿源",
  "康达",
  "汇通",
  "永昌",
  "嘉禾",
  "丰源",
  "金穗",
  "盛华",
  "新元",
  "鑫源",
  "博远",
  "正德",
  "昌盛",
  "卓越",
  "宏润",
  "乐源",
  "德隆",
  "亿鑫",
  "裕丰",
  "众诚",
  "豫北",
  "繁阳",
  "仓颉",
  "凯瑞",
  "泰和",
  "信达",
  "同创",
  "华源",
  "金麦",
  "晨光",
  "海川",
  "中原",
  "远航",
  "兴业",
  "顺达",
  "银河",
  "锦程",
  "科润",
  "佳禾",
  "明阳",
  "聚能",
  "星辰",
  "安泰",
  "创新",
  "东方",
  "合力",
  "广源",
  "天润",
  "华瑞",
  "永盛",
  "福瑞",
];

const KINDS: Readonly<Record<string, readonly string[]>> = {
  "bio-materials": ["生物科技", "生物材料", "新材料科技", "生物工程", "化工"],
  "food-processing": ["食品", "面业", "果蔬食品", "肉制品", "粮油"],
  equipment: ["机械制造", "重工", "装备科技", "精密机械", "农机"],
  electronics: ["电子科技", "信息技术", "软件科技", "智能科技", "通信技术"],
  "new-energy": ["新能源", "光伏科技", "储能科技", "电力设备", "氢能科技"],
  none: ["商贸", "物流", "建材"],
};

const NONE_SECTORS: Readonly<Record<string, string>> = {
  商贸: "批发和零售业",
  物流: "交通运输、仓储和邮政业",
  建材: "租赁和商务服务业",
};

/** Bio-based materials is the county's lead chain; food and equipment follow. */
const CHAIN_WEIGHTS: readonly (readonly [ChainId, number])[] = [
  ["bio-materials", 30],
  ["food-processing", 24],
  ["equipment", 20],
  ["new-energy", 14],
  ["electronics", 12],
];

/** Enterprises per chain in proportion to the weights (largest remainder), each chain at least one. */
function chainQuotas(count: number): ChainId[] {
  const total = CHAIN_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const exact = CHAIN_WEIGHTS.map(([id, weight]) => ({ id, share: (count * weight) / total }));
  const quotas = exact.map(({ id, share }) => ({
    id,
    n: Math.max(1, Math.floor(share)),
    rest: share % 1,
  }));
  let left = count - quotas.reduce((sum, quota) => sum + quota.n, 0);
  for (const quota of [...quotas].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    quota.n++;
    left--;
  }
  return quotas.flatMap(({ id, n }) => Array.from({ length: n }, () => id));
}

export function drawEnterprises(rng: Rng, count: number, noneCount: number): Enterprise[] {
  if (count - noneCount < CHAINS.length) throw new Error("too few enterprises for the chains");
  const names = new Set<string>();
  const codes = new Set<string>();
  const out: Enterprise[] = [];
  const chains = chainQuotas(count - noneCount);
  for (let i = 0; i < count; i++) {
    const chain: ChainId | null = i < noneCount ? null : (chains[i - noneCount] ?? null);
    const kind = rng.pick(KINDS[chain ?? "none"] ?? []);
    let name = "";
    let tries = 0;
    do {
      const brand = tries > 40 ? `${rng.pick(BRANDS)}${rng.pick(BRANDS)}` : rng.pick(BRANDS);
      const prefix = rng.weighted([
        ["南乐县", 6],
        ["河南", 3],
        ["濮阳", 1],
      ] as const);
      const form = rng.weighted([
        ["有限公司", 8],
        ["股份有限公司", 1],
        ["有限责任公司", 1],
      ] as const);
      name = `${prefix}${brand}${kind}${form}`;
      tries++;
    } while (names.has(name));
    names.add(name);
    let code = "";
    do {
      const area = name.startsWith("河南") && rng.chance(0.3) ? "410900" : COUNTY.code;
      code = makeCreditCode(rng, area);
    } while (codes.has(code));
    codes.add(code);
    out.push({
      name,
      creditCode: code,
      town: rng.weighted(TOWN_WEIGHTS),
      chain,
      otherSector: NONE_SECTORS[kind] ?? "",
    });
  }
  return rng.shuffle(out);
}
