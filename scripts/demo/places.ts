/** Places of the demo county and of the cities its natives work in. */
export const COUNTY = { code: "410923", name: "南乐县", province: "河南省", city: "濮阳市" };

export const TOWNS = [
  "城关镇",
  "韩张镇",
  "元村镇",
  "福堪镇",
  "张果屯镇",
  "千口镇",
  "谷金楼镇",
  "杨村乡",
  "西邵乡",
  "寺庄乡",
  "梁村乡",
  "近德固乡",
] as const;

/** Industrial towns get more enterprises. */
export const TOWN_WEIGHTS: readonly (readonly [string, number])[] = TOWNS.map((town) => [
  town,
  town === "城关镇" ? 8 : town === "千口镇" || town === "韩张镇" || town === "元村镇" ? 4 : 1,
]);

/** A city where people work: how its name is written, its short name, its universities and institutes. */
export interface WorkCity {
  /** Variants of how a roster writes the place, all naming the same city. */
  labels: readonly string[];
  /** Short name used in company names. */
  short: string;
  weight: number;
  overseas: boolean;
  institutions: readonly string[];
}

const city = (
  labels: string[],
  short: string,
  weight: number,
  institutions: string[],
  overseas = false,
): WorkCity => ({ labels, short, weight, overseas, institutions });

/** Natives cluster in Shanghai, Tianjin, Zhengzhou, Beijing, Nanjing, Shenzhen, Puyang. */
export const WORK_CITIES: readonly WorkCity[] = [
  city(["上海市浦东新区", "上海市浦东新区", "上海市闵行区", "上海", "上海市"], "上海", 19, [
    "华东理工大学",
    "上海交通大学",
    "复旦大学",
    "中国科学院上海有机化学研究所",
  ]),
  city(["天津市", "天津市滨海新区", "天津市西青区", "天津"], "天津", 14, [
    "天津科技大学",
    "天津大学",
    "南开大学",
    "中国科学院天津工业生物技术研究所",
  ]),
  city(["郑州市", "河南省郑州市", "郑州市金水区", "郑州市高新区"], "郑州", 17, [
    "郑州大学",
    "河南工业大学",
    "河南农业大学",
    "郑州轻工业大学",
  ]),
  city(["北京市海淀区", "北京市海淀区", "北京市朝阳区", "北京"], "北京", 10, [
    "清华大学",
    "北京化工大学",
    "中国农业大学",
    "中国科学院过程工程研究所",
  ]),
  city(["江苏南京", "南京市", "江苏省南京市江宁区"], "南京", 7, [
    "南京工业大学",
    "东南大学",
    "南京理工大学",
  ]),
  city(["广东省深圳市", "深圳市南山区", "深圳"], "深圳", 7, ["深圳大学", "南方科技大学"]),
  city(["濮阳市", "濮阳市华龙区", "河南省濮阳市"], "濮阳", 12, [
    "濮阳职业技术学院",
    "濮阳市农业科学院",
  ]),
  city(["浙江杭州", "杭州市"], "杭州", 3, ["浙江大学"]),
  city(["苏州市", "江苏苏州"], "苏州", 3, ["苏州大学"]),
  city(["武汉市", "湖北武汉"], "武汉", 2, ["华中科技大学"]),
  city(["西安市", "陕西西安"], "西安", 2, ["西安交通大学"]),
  city(["美国"], "美国", 1, ["美国加州大学伯克利分校", "美国普渡大学"], true),
  city(["德国慕尼黑"], "德国", 1, ["德国慕尼黑工业大学"], true),
  city(["澳大利亚"], "澳大利亚", 1, ["澳大利亚墨尔本大学"], true),
];

/** Where an ID number is issued, and how 籍贯 is written for it. */
export interface HomeArea {
  code: string;
  nativePlaces: readonly string[];
  weight: number;
}

export const NATIVE_AREAS: readonly HomeArea[] = [
  {
    code: "410923",
    nativePlaces: ["河南南乐", "南乐县", "河南省南乐县", "河南濮阳南乐"],
    weight: 90,
  },
  { code: "410922", nativePlaces: ["河南清丰", "清丰县"], weight: 4 },
  { code: "410928", nativePlaces: ["河南濮阳", "濮阳县"], weight: 3 },
  { code: "410902", nativePlaces: ["河南濮阳", "濮阳市华龙区"], weight: 3 },
];

export const OTHER_AREAS: readonly HomeArea[] = [
  { code: "410105", nativePlaces: ["河南郑州"], weight: 6 },
  { code: "410302", nativePlaces: ["河南洛阳"], weight: 3 },
  { code: "410702", nativePlaces: ["河南新乡"], weight: 3 },
  { code: "411102", nativePlaces: ["河南漯河"], weight: 2 },
  { code: "370102", nativePlaces: ["山东济南"], weight: 3 },
  { code: "371502", nativePlaces: ["山东聊城"], weight: 3 },
  { code: "130402", nativePlaces: ["河北邯郸"], weight: 3 },
  { code: "320102", nativePlaces: ["江苏南京"], weight: 2 },
  { code: "120104", nativePlaces: ["天津"], weight: 2 },
  { code: "110108", nativePlaces: ["北京"], weight: 1 },
];
