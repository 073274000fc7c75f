/** 11 军事学: rare in county data, listed for completeness with its own names. */
import { type Discipline, discipline } from "./define.ts";

export const MILITARIES: readonly Discipline[] = [
  discipline(`1101 军事思想与军事历史
    军事思想 军事历史`),
  discipline(`1102 战略学
    军事战略`),
  discipline(`1103 联合作战学
    联合作战`),
  discipline(`1104 军兵种作战学`),
  discipline(`1105 军队指挥学
    作战指挥 军事运筹`),
  discipline(`1106 军队政治工作学`),
  discipline(`1107 军事后勤学
    军事后勤`),
  discipline(`1108 军事装备学
    军事装备`),
  discipline(`1109 军事管理学`),
  discipline(`1110 军事训练学
    军事训练`),
  discipline(`1111 军事智能`),
];
