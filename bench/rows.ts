import { CHAINS, type ChainId } from "../scripts/demo/chains.ts";
import { corruptCreditCode, makeCreditCode } from "../scripts/demo/creditCode.ts";
import { slashDate, toIso } from "../scripts/demo/dates.ts";
import {
  drawHeadcount,
  drawEducation as drawRequiredEducation,
  drawTitle as drawRequiredTitle,
  drawUrgency,
  fullWidth,
} from "../scripts/demo/demandValues.ts";
import { corruptIdNumber, ID_CHECK_CHARS, ID_WEIGHTS } from "../scripts/demo/idNumber.ts";
import {
  COUNTY,
  type HomeArea,
  NATIVE_AREAS,
  OTHER_AREAS,
  TOWN_WEIGHTS,
  WORK_CITIES,
  type WorkCity,
} from "../scripts/demo/places.ts";
import { AMBIGUOUS_POSITION, POSITIONS } from "../scripts/demo/positions.ts";
import {
  COMPANY_KINDS,
  chainLabel,
  drawDomain,
  drawEducation,
  drawField,
  drawSector,
  drawTitle,
  GOVERNMENT_BODIES,
  type Profile,
} from "../scripts/demo/profiles.ts";
import { Rng } from "../scripts/demo/random.ts";

/**
 * Seeded row streams for the scale workspace: one row at a time as an array of cells, drawn
 * from the demo generator's value pools (so values resolve and chains get assigned) but
 * without its per-person bookkeeping, so a million rows take seconds. The same seed always
 * gives the same rows.
 */

export const ROSTER_HEADER = [
  "姓名",
  "性别",
  "出生年月",
  "身份证号",
  "籍贯",
  "工作单位",
  "现工作地",
  "最高学历",
  "专业技术职称",
  "专业",
  "所属行业",
  "人才类别",
  "联系电话",
  "最后联系日期",
] as const;

export const DEMAND_HEADER = [
  "企业名称",
  "统一社会信用代码",
  "所属产业链",
  "所属行业",
  "所在乡镇",
  "岗位名称",
  "专业要求",
  "学历要求",
  "职称要求",
  "需求人数",
  "紧缺程度",
] as const;

/** Index of 需求人数 in DEMAND_HEADER: a number cell in a workbook. */
export const HEADCOUNT_COLUMN = DEMAND_HEADER.indexOf("需求人数");

/** Shares of roster rows: repeat appearances of an earlier person, and planted bad rows. */
const DUPLICATE_SHARE = 0.08;
const BAD_ID_SHARE = 0.004;
const NO_IDENTITY_SHARE = 0.001;
const BLANK_ID_SHARE = 0.03;
/** Share of demand rows planted bad (若干, 0, no position, wrong credit-code check). */
const BAD_DEMAND_SHARE = 0.005;

/** Expands (value, weight) pairs into an array to pick from uniformly: one draw per pick. */
function expand<T>(entries: readonly (readonly [T, number])[]): T[] {
  return entries.flatMap(([value, weight]) => Array<T>(weight).fill(value));
}

/** A well-mixed 32-bit seed for person `index`, so a repeat appearance redraws the same person. */
function personSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ index;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const DAY = 86_400_000;
const BIRTH_FROM = Date.UTC(1960, 0, 1);
const BIRTH_DAYS = (Date.UTC(2000, 0, 1) - BIRTH_FROM) / DAY;
/** Birth day × sequence pairs per gender: person indexes map onto them one to one. */
const ID_SLOTS = BIRTH_DAYS * 500;
const ID_STRIDE = 1_000_003; // prime, coprime with ID_SLOTS: index → slot is a bijection
export const MAX_PEOPLE = ID_SLOTS;

function digitSum(digits: string, offset: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++)
    sum += (digits.charCodeAt(i) - 48) * (ID_WEIGHTS[offset + i] as number);
  return sum;
}

interface BirthDay {
  yyyymmdd: string;
  /** Weighted digit sum of the date part of an ID number (positions 7–14). */
  idSum: number;
  /** 出生年月 as rosters write it. */
  labels: [string, string, string];
}

let birthDays: BirthDay[] | null = null;

/** Every birth day of the range, with its share of the ID check sum, computed once. */
function birthDayTable(): BirthDay[] {
  if (birthDays !== null) return birthDays;
  birthDays = Array.from({ length: BIRTH_DAYS }, (_, day) => {
    const date = new Date(BIRTH_FROM + day * DAY);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const mm = String(month).padStart(2, "0");
    const yyyymmdd = `${year}${mm}${String(date.getUTCDate()).padStart(2, "0")}`;
    return {
      yyyymmdd,
      idSum: digitSum(yyyymmdd, 6),
      labels: [`${year}-${mm}`, `${year}.${mm}`, `${year}年${month}月`],
    };
  });
  return birthDays;
}

interface Area extends HomeArea {
  idSum: number;
}

const withSum = (area: HomeArea): Area => ({ ...area, idSum: digitSum(area.code, 0) });
const NATIVE_POOL = expand(NATIVE_AREAS.map((area) => [withSum(area), area.weight] as const));
const OTHER_POOL = expand(OTHER_AREAS.map((area) => [withSum(area), area.weight] as const));
const CITY_POOL = expand(WORK_CITIES.map((city) => [city, city.weight] as const));
const DOMESTIC_CITY_POOL = CITY_POOL.filter((city) => !city.overseas);
const PROFILE_POOL = expand<Profile>([
  ["business", 45],
  ["official", 20],
  ["expert", 35],
]);
const EXPERT_CATEGORIES = expand([
  ["高层次人才", 5],
  ["专业技术人才", 3],
  ["柔性引进", 2],
  ["科技副总", 1],
] as const);
const SURNAMES = [
  ..."王王王李李李张张张刘刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭田董袁于蒋杜程魏苏吕丁任姚崔范石贾付白孟秦侯薛闫段史岳常牛靳申翟卢",
];
const MALE_GIVEN = [
  ..."伟强磊军洋勇杰涛明超刚华建国文辉鹏浩宇博晨凯瑞峰斌亮飞志永海波俊振立新庆德兴光成林东",
];
const FEMALE_GIVEN = [..."芳娜敏静丽艳秀霞平英婷雪琳欣佳红玲燕萍春晓淑慧颖倩思雨嘉梅丹"];
const BRANDS = [..."宏业金丰华隆瑞丰鼎盛中科恒达天成润禾绿源康达汇通永昌嘉禾丰源金穗"].flatMap(
  (char, i, all) => (i % 2 === 0 ? [`${char}${all[i + 1]}`] : []),
);
const PHONE_PREFIXES = ["13", "15", "18", "17"];

interface Person {
  cells: string[];
  idNumber: string;
  phone: string;
}

/** Roster rows: about 8% repeat an earlier person (same ID number), about 0.5% are bad. */
export class RosterStream {
  readonly stats = {
    rows: 0,
    people: 0,
    duplicateRows: 0,
    blankIdRows: 0,
    badIdRows: 0,
    noIdentityRows: 0,
  };
  private readonly rng: Rng;
  private readonly days = birthDayTable();

  constructor(private readonly seed: number) {
    this.rng = new Rng(seed).fork("roster-rows");
  }

  get badRows(): number {
    return this.stats.badIdRows + this.stats.noIdentityRows;
  }

  next(): string[] {
    const { rng, stats } = this;
    stats.rows++;
    const roll = rng.next();
    if (roll < BAD_ID_SHARE) {
      stats.badIdRows++;
      const person = this.person(stats.people++);
      const cells = this.appearance(person);
      cells[3] = corruptIdNumber(person.idNumber, stats.badIdRows);
      return cells;
    }
    if (roll < BAD_ID_SHARE + NO_IDENTITY_SHARE) {
      stats.noIdentityRows++;
      const cells = this.appearance(this.person(stats.people++));
      cells[0] = "";
      cells[3] = "";
      cells[12] = "";
      return cells;
    }
    if (roll < BAD_ID_SHARE + NO_IDENTITY_SHARE + DUPLICATE_SHARE && stats.people > 0) {
      stats.duplicateRows++;
      const cells = this.appearance(this.person(Math.floor(rng.next() * stats.people)));
      // Another department's file: the phone is sometimes missing, the contact date differs.
      if (rng.chance(0.2)) cells[12] = "";
      return cells;
    }
    const cells = this.appearance(this.person(stats.people++));
    if (rng.chance(BLANK_ID_SHARE)) {
      stats.blankIdRows++;
      cells[3] = "";
    }
    return cells;
  }

  /** Person `index`, drawn from its own seed: the same cells every time it appears. */
  private person(index: number): Person {
    if (index >= MAX_PEOPLE) throw new Error(`at most ${MAX_PEOPLE} distinct people`);
    const rng = new Rng(personSeed(this.seed, index));
    const profile = rng.pick(PROFILE_POOL);
    const male = rng.chance(profile === "official" ? 0.7 : 0.66);
    const given = male ? MALE_GIVEN : FEMALE_GIVEN;
    const name = rng.pick(SURNAMES) + rng.pick(given) + (rng.chance(0.72) ? rng.pick(given) : "");
    // Index → (birth day, sequence) one to one, so distinct people never share an ID number.
    const slot = (index * ID_STRIDE) % ID_SLOTS;
    const day = this.days[slot % BIRTH_DAYS] as BirthDay;
    const sequence = Math.floor(slot / BIRTH_DAYS) * 2 + (male ? 1 : 0);
    const area = rng.pick(rng.chance(0.9) ? NATIVE_POOL : OTHER_POOL);
    const seq = String(sequence).padStart(3, "0");
    const sum = area.idSum + day.idSum + digitSum(seq, 14);
    const idNumber = `${area.code}${day.yyyymmdd}${seq}${ID_CHECK_CHARS[sum % 11]}`;
    const city: WorkCity = rng.pick(profile === "official" ? DOMESTIC_CITY_POOL : CITY_POOL);
    const domain: ChainId | null = drawDomain(rng, profile);
    const atInstitution = profile === "expert" && (city.overseas || rng.chance(0.7));
    const companyKind = atInstitution ? null : rng.pick(COMPANY_KINDS[domain ?? "none"] ?? []);
    const employer =
      profile === "official"
        ? `${city.short}市${rng.pick(GOVERNMENT_BODIES)}`
        : companyKind === null
          ? rng.pick(city.institutions)
          : `${city.short}${rng.pick(BRANDS)}${companyKind}有限公司`;
    const education = drawEducation(rng, profile);
    const category =
      profile === "business"
        ? "经商人才"
        : profile === "official"
          ? "党政人才"
          : rng.pick(EXPERT_CATEGORIES);
    // 11 digits, one to one with the index (3^17 is coprime with 10^9).
    const phone = `${rng.pick(PHONE_PREFIXES)}${String((index * 129_140_163 + 7) % 1_000_000_000).padStart(9, "0")}`;
    const cells = [
      name,
      male ? "男" : "女",
      day.labels[Math.floor(rng.next() * 3)] as string,
      idNumber,
      rng.pick(area.nativePlaces),
      employer,
      rng.pick(city.labels),
      education,
      drawTitle(rng, profile, education),
      drawField(rng, profile, domain),
      drawSector(rng, profile, domain, companyKind),
      category,
      phone,
      "",
    ];
    return { cells, idNumber, phone };
  }

  /** One row for the person: the last contact date differs from row to row. */
  private appearance(person: Person): string[] {
    const cells = person.cells.slice();
    const rng = this.rng;
    if (rng.chance(0.85)) {
      const date = toIso(Date.UTC(2022, 0, 1) + rng.int(0, 1095) * DAY);
      cells[13] = rng.chance(0.7) ? date : slashDate(date);
    }
    return cells;
  }
}

interface Enterprise {
  name: string;
  creditCode: string;
  town: string;
  chain: ChainId | null;
}

const TOWN_POOL = expand(TOWN_WEIGHTS);
const CHAIN_POOL = expand<ChainId | null>([
  ...CHAINS.map((chain) => [chain.id, 18] as const),
  [null, 10],
]);
const ENTERPRISE_KINDS: Readonly<Record<string, readonly string[]>> = {
  ...COMPANY_KINDS,
  none: ["商贸", "物流", "建筑工程"],
};
const ENTERPRISES = 2_000;

/**
 * Demand rows from a fixed pool of enterprises, so the first K rows are the same whatever the
 * total: the workbook's rows are a prefix of the CSV's. About 0.5% are bad.
 */
export class DemandStream {
  readonly stats = { rows: 0, badRows: 0 };
  private readonly rng: Rng;
  private readonly enterprises: Enterprise[];

  constructor(seed: number) {
    const root = new Rng(seed);
    const rng = root.fork("enterprises");
    this.enterprises = Array.from({ length: ENTERPRISES }, () => {
      const chain = rng.pick(CHAIN_POOL);
      const kind = rng.pick(ENTERPRISE_KINDS[chain ?? "none"] ?? []);
      return {
        name: `${COUNTY.name}${rng.pick(BRANDS)}${rng.pick(BRANDS)}${kind}有限公司`,
        creditCode: makeCreditCode(rng, COUNTY.code),
        town: rng.pick(TOWN_POOL),
        chain,
      };
    });
    this.rng = root.fork("demand-rows");
  }

  next(): string[] {
    const { rng, stats } = this;
    stats.rows++;
    const enterprise = rng.pick(this.enterprises);
    const chain = enterprise.chain === null ? null : CHAINS.find((c) => c.id === enterprise.chain);
    const ambiguous =
      (enterprise.chain === "electronics" || enterprise.chain === "new-energy") && rng.chance(0.01);
    const template = ambiguous
      ? AMBIGUOUS_POSITION
      : rng.pick(POSITIONS[enterprise.chain ?? "none"] ?? []);
    const headcount = drawHeadcount(rng, template.level);
    const style = rng.next();
    const cells = [
      enterprise.name,
      rng.chance(0.85) ? enterprise.creditCode : "",
      chain !== undefined && chain !== null && rng.chance(0.35) ? chainLabel(rng, chain.id) : "",
      chain
        ? rng.chance(0.6)
          ? rng.pick(chain.sectors)
          : ""
        : rng.chance(0.5)
          ? "批发和零售业"
          : "",
      enterprise.town,
      template.position,
      template.field,
      drawRequiredEducation(rng, template.level),
      drawRequiredTitle(rng, template.level),
      style < 0.8
        ? String(headcount)
        : style < 0.9
          ? `${headcount}人`
          : style < 0.95
            ? `${fullWidth(String(headcount))}名`
            : `${headcount}名`,
      drawUrgency(rng, template.level),
    ];
    if (rng.chance(BAD_DEMAND_SHARE)) {
      stats.badRows++;
      const kind = stats.badRows % 4;
      if (kind === 0) cells[HEADCOUNT_COLUMN] = "若干";
      else if (kind === 1) cells[HEADCOUNT_COLUMN] = "0";
      else if (kind === 2) cells[5] = "";
      else cells[1] = corruptCreditCode(enterprise.creditCode, stats.badRows);
    }
    return cells;
  }
}

/** One CSV record; pool values hold no comma, quote or line break, so none needs quoting. */
export function csvLine(cells: readonly string[]): string {
  return cells.join(",");
}
