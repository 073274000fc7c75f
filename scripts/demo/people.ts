import type { ChainId } from "./chains.ts";
import { parts, randomDate } from "./dates.ts";
import type { Enterprise } from "./enterprises.ts";
import { corruptIdNumber, makeIdNumber } from "./idNumber.ts";
import { drawName, type PersonName } from "./names.ts";
import { type HomeArea, NATIVE_AREAS, OTHER_AREAS, WORK_CITIES, type WorkCity } from "./places.ts";
import {
  COMPANY_KINDS,
  chainLabel,
  drawDomain,
  drawEducation,
  drawField,
  drawSector,
  drawSkill,
  drawTitle,
  GOVERNMENT_BODIES,
  type Profile,
} from "./profiles.ts";
import type { Rng } from "./random.ts";

/** The people of the rosters, and where each appears. */
export type RosterId = "abroad" | "high" | "sci";

export interface Person {
  name: PersonName;
  gender: "男" | "女";
  birth: string;
  native: boolean;
  idNumber: string;
  nativePlace: string;
  city: WorkCity;
  location: string;
  employer: string;
  education: string;
  title: string;
  skill: string;
  domain: ChainId | null;
  field: string;
  sector: string;
  /** 人才类别 in the 在外人才 roster. */
  category: string;
  phone: string;
  email: string;
  intention: string;
  enteredAt: string;
  lastContactAt: string;
  /** The enterprise a science vice-president is placed in. */
  placedIn: Enterprise | null;
}

export type DuplicateKind = "idNumber" | "phone" | "nameAndBirth" | "threeFiles" | "transitive";

/** One row of one roster. Blank strings are blank cells. */
export interface Appearance {
  person: Person;
  roster: RosterId;
  idNumber: string;
  phone: string;
  birthBlank: boolean;
  category: string;
  chain: string;
  duplicate: DuplicateKind | null;
  bad: { kind: "bad-id-check"; reason: string } | null;
}

export interface PeoplePlan {
  people: Person[];
  appearances: Record<RosterId, Appearance[]>;
  duplicates: Record<DuplicateKind, number>;
  sharedLandlines: number;
}

export const MIN_PEOPLE = 50;

const DUPLICATE_SHARES: readonly (readonly [DuplicateKind, number])[] = [
  ["idNumber", 0.35],
  ["phone", 0.25],
  ["nameAndBirth", 0.2],
  ["threeFiles", 0.12],
  ["transitive", 0.08],
];

export function planPeople(rng: Rng, total: number, enterprises: Enterprise[]): PeoplePlan {
  if (!Number.isInteger(total) || total < MIN_PEOPLE) {
    throw new Error(`--people must be an integer of at least ${MIN_PEOPLE}`);
  }
  const factory = new PersonFactory(rng, enterprises);
  const appearances: Record<RosterId, Appearance[]> = { abroad: [], high: [], sci: [] };
  const add = (appearance: Appearance) => appearances[appearance.roster].push(appearance);
  const people: Person[] = [];

  const duplicatedTotal = Math.round(total * 0.08);
  const duplicates = {} as Record<DuplicateKind, number>;
  for (const [kind, share] of DUPLICATE_SHARES) {
    duplicates[kind] = Math.max(1, Math.round(duplicatedTotal * share));
  }
  for (const [kind] of DUPLICATE_SHARES) {
    for (let i = 0; i < duplicates[kind]; i++) {
      const inAbroad = kind !== "phone" || rng.chance(0.6);
      const inSci = kind === "phone" || kind === "threeFiles" || kind === "transitive";
      const person = factory.make("expert", inAbroad || rng.chance(0.5), inSci);
      people.push(person);
      for (const appearance of duplicateRows(rng, factory, person, kind, inAbroad)) add(appearance);
    }
  }

  // Two different people (both with ID numbers) give the same office landline.
  const landline = `0393-${rng.int(4_400_000, 4_499_999)}`;
  for (let i = 0; i < 2; i++) {
    const person = factory.make("expert", rng.chance(0.5), false);
    person.phone = landline;
    people.push(person);
    add(row(rng, person, "high", { phone: landline }));
  }

  const singles = total - people.length;
  if (singles < 0) throw new Error("--people too small for the planted duplicates");
  for (let i = 0; i < singles; i++) {
    const roster = rng.weighted([
      ["abroad", 66],
      ["high", 20],
      ["sci", 14],
    ] as const);
    const profile: Profile =
      roster === "abroad"
        ? rng.weighted([
            ["business", 45],
            ["official", 20],
            ["expert", 35],
          ] as const)
        : "expert";
    const native = roster === "abroad" || rng.chance(roster === "high" ? 0.5 : 0.3);
    const person = factory.make(profile, native, roster === "sci");
    people.push(person);
    const blankId = rng.chance(roster === "abroad" ? 0.12 : 0.03);
    const blankPhone = rng.chance(0.04);
    add(
      row(rng, person, roster, {
        ...(blankId ? { idNumber: "" } : {}),
        ...(blankPhone ? { phone: "" } : {}),
      }),
    );
  }

  // About 1% of the 在外人才 rows carry an ID number with a wrong check digit.
  const badCount = Math.max(1, Math.round(appearances.abroad.length * 0.01));
  for (let i = 0; i < badCount; i++) {
    const person = factory.make(rng.pick(["business", "expert", "official"] as const), true, false);
    const bad = row(rng, person, "abroad", { idNumber: corruptIdNumber(person.idNumber, i) });
    bad.bad = { kind: "bad-id-check", reason: "身份证号码校验位错误" };
    add(bad);
  }

  for (const roster of ["abroad", "high", "sci"] as const) {
    appearances[roster] = rng.shuffle(appearances[roster]);
  }
  return { people, appearances, duplicates, sharedLandlines: 1 };
}

function duplicateRows(
  rng: Rng,
  factory: PersonFactory,
  person: Person,
  kind: DuplicateKind,
  inAbroad: boolean,
): Appearance[] {
  const p1 = person.phone;
  switch (kind) {
    case "idNumber": // same ID number; the phone changed or was not given
      return [
        row(rng, person, "abroad", {}),
        row(rng, person, "high", { phone: rng.chance(0.7) ? factory.phone() : "" }),
      ].map(tag(kind));
    case "phone": // 科技局 keeps no ID numbers and, here, no birth date: only the phone links
      return [
        row(rng, person, inAbroad ? "abroad" : "high", {}),
        row(rng, person, "sci", { birthBlank: true }),
      ].map(tag(kind));
    case "nameAndBirth": // no ID number in 在外人才, a different phone in 高层次人才
      return [
        row(rng, person, "abroad", { idNumber: "", phone: rng.chance(0.7) ? p1 : "" }),
        row(rng, person, "high", { phone: factory.phone() }),
      ].map(tag(kind));
    case "threeFiles":
      return [
        row(rng, person, "abroad", {}),
        row(rng, person, "high", {}),
        row(rng, person, "sci", {}),
      ].map(tag(kind));
    case "transitive": {
      // 在外人才 —ID— 高层次人才 —new phone— 科技副总: the first and last share nothing.
      const p2 = factory.phone();
      return [
        row(rng, person, "abroad", {}),
        row(rng, person, "high", { phone: p2 }),
        row(rng, person, "sci", { phone: p2, birthBlank: true }),
      ].map(tag(kind));
    }
  }
}

function tag(kind: DuplicateKind): (appearance: Appearance) => Appearance {
  return (appearance) => ({ ...appearance, duplicate: kind });
}

function row(
  rng: Rng,
  person: Person,
  roster: RosterId,
  overrides: Partial<Pick<Appearance, "idNumber" | "phone" | "birthBlank">>,
): Appearance {
  const category =
    roster === "sci"
      ? "科技副总"
      : roster === "high"
        ? person.native && rng.chance(0.7)
          ? "高层次人才"
          : rng.pick(["高层次人才", "柔性引进"])
        : person.category;
  const chainShare = roster === "sci" ? 0.85 : roster === "high" ? 0.3 : 0.08;
  const domain = roster === "sci" ? (person.placedIn?.chain ?? person.domain) : person.domain;
  return {
    person,
    roster,
    idNumber: roster === "sci" ? "" : person.idNumber,
    phone: person.phone,
    birthBlank: false,
    category,
    chain: domain !== null && rng.chance(chainShare) ? chainLabel(rng, domain) : "",
    duplicate: null,
    bad: null,
    ...overrides,
  };
}

const INTENTIONS: readonly (readonly [string, number])[] = [
  ["全职回归", 8],
  ["柔性合作", 30],
  ["项目合作", 22],
  ["暂无", 35],
  ["", 5],
];

/** Draws people whose ID numbers, phones, e-mails and (name, birth month) are all unique. */
class PersonFactory {
  private readonly ids = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly nameBirths = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly enterprises: Enterprise[],
  ) {}

  make(profile: Profile, native: boolean, placed: boolean): Person {
    const rng = this.rng;
    const gender = rng.chance(profile === "official" ? 0.7 : 0.66) ? "男" : "女";
    const cities = WORK_CITIES.filter((city) => profile !== "official" || !city.overseas);
    const city = rng.weighted(cities.map((candidate) => [candidate, candidate.weight] as const));
    const placedIn = placed ? this.placement(drawDomain(rng, profile)) : null;
    const domain = placedIn?.chain ?? drawDomain(rng, profile);
    const atInstitution = profile === "expert" && (city.overseas || rng.chance(0.7));
    const companyKind = rng.pick(COMPANY_KINDS[domain ?? "none"] ?? []);
    const employer =
      profile === "official"
        ? `${city.short}市${rng.pick(GOVERNMENT_BODIES)}`
        : atInstitution
          ? rng.pick(city.institutions)
          : `${city.short}${rng.pick(BRANDS)}${companyKind}有限公司`;
    const education = drawEducation(rng, profile);
    const title = fitTitle(drawTitle(rng, profile, education), employer, profile === "official");
    const [earliest, latest] = birthYears(profile, education, title);

    let name: PersonName;
    let birth: string;
    do {
      name = drawName(rng, gender);
      birth = randomDate(rng, `${earliest}-01-01`, `${latest}-12-28`);
    } while (this.nameBirths.has(`${name.name}|${birth.slice(0, 7)}`));
    this.nameBirths.add(`${name.name}|${birth.slice(0, 7)}`);

    const area: HomeArea = rng.weighted(
      (native ? NATIVE_AREAS : OTHER_AREAS).map(
        (candidate) => [candidate, candidate.weight] as const,
      ),
    );
    let idNumber: string;
    do {
      const sequence = rng.int(0, 499) * 2 + (gender === "男" ? 1 : 0);
      idNumber = makeIdNumber(area.code, parts(birth), sequence);
    } while (this.ids.has(idNumber));
    this.ids.add(idNumber);

    const enteredAt = randomDate(rng, "2019-03-01", "2024-06-30");
    return {
      name,
      gender,
      birth,
      native,
      idNumber,
      nativePlace: rng.pick(area.nativePlaces),
      city,
      location: rng.pick(city.labels),
      employer,
      education,
      title,
      skill: drawSkill(rng, profile),
      domain,
      field: drawField(rng, profile, domain),
      sector: drawSector(rng, profile, domain, atInstitution ? null : companyKind),
      category:
        profile === "business" ? "经商人才" : profile === "official" ? "党政人才" : "高层次人才",
      phone: this.phone(),
      email: this.email(name, birth),
      intention: rng.weighted(INTENTIONS),
      enteredAt,
      lastContactAt: rng.chance(0.15) ? "" : randomDate(rng, enteredAt, "2024-12-20"),
      placedIn,
    };
  }

  /** A unique mobile number, 1[3-9]x. */
  phone(): string {
    let phone: string;
    do {
      const prefix = this.rng.pick(MOBILE_PREFIXES);
      phone = `${prefix}${String(this.rng.int(0, 99_999_999)).padStart(8, "0")}`;
    } while (this.phones.has(phone));
    this.phones.add(phone);
    return phone;
  }

  private email(name: PersonName, birth: string): string {
    const rng = this.rng;
    if (rng.chance(0.25)) return "";
    let email: string;
    do {
      email = rng.weighted([
        [`${rng.int(10_000_000, 2_999_999_999)}@qq.com`, 40],
        [`${name.givenPinyin}${name.surnamePinyin}${rng.int(10, 99)}@163.com`, 25],
        [`${name.surnamePinyin}${name.givenPinyin}@126.com`, 15],
        [`${name.surnamePinyin}.${name.givenPinyin}${rng.int(1, 999)}@foxmail.com`, 10],
        [`${name.surnamePinyin}${name.givenPinyin}${birth.slice(0, 4)}@outlook.com`, 10],
      ] as const);
    } while (this.emails.has(email));
    this.emails.add(email);
    return email;
  }

  private placement(domain: ChainId | null): Enterprise | null {
    const sameChain = this.enterprises.filter((e) => e.chain !== null && e.chain === domain);
    const chained = this.enterprises.filter((e) => e.chain !== null);
    const pool = sameChain.length > 0 ? sameChain : chained;
    return pool.length > 0 ? this.rng.pick(pool) : null;
  }
}

const MOBILE_PREFIXES = [
  "130",
  "131",
  "132",
  "133",
  "135",
  "136",
  "137",
  "138",
  "139",
  "150",
  "151",
  "152",
  "153",
  "155",
  "156",
  "157",
  "158",
  "159",
  "166",
  "176",
  "177",
  "178",
  "180",
  "181",
  "182",
  "183",
  "185",
  "186",
  "187",
  "188",
  "189",
  "191",
  "198",
  "199",
];

const BRANDS = [
  "华信",
  "恒通",
  "中联",
  "宏远",
  "金桥",
  "瑞达",
  "新纪元",
  "鼎新",
  "海纳",
  "博雅",
  "天元",
  "正泰",
];

/** Professors work at universities, 研究员 at institutes; in a company both are engineers. */
function fitTitle(title: string, employer: string, official: boolean): string {
  if (official) return title;
  if (/大学|学院/.test(employer)) return title;
  if (/研究所|研究院|科学院/.test(employer)) {
    return title === "教授" ? "研究员" : title === "副教授" ? "副研究员" : title;
  }
  const company: Record<string, string> = {
    教授: "正高级工程师",
    研究员: "正高级工程师",
    副教授: "高级工程师",
    副研究员: "高级工程师",
  };
  return company[title] ?? title;
}

/** Senior titles and doctorates take years: older people hold them. */
function birthYears(profile: Profile, education: string, title: string): [number, number] {
  if (/正高|研究员|^教授/.test(title) && !title.startsWith("副") && title !== "助理研究员") {
    return [1960, 1978];
  }
  if (/高级|副教授|副研究员/.test(title)) return [1962, 1987];
  if (education === "博士") return [1965, 1993];
  return profile === "expert" ? [1962, 1994] : [1964, 1997];
}
