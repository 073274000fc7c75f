/**
 * The discipline classification research fields and majors (研究领域, 专业) are mapped to: the
 * 117 first-level disciplines (一级学科) of the national catalogue in its 2022 edition,
 * 《研究生教育学科专业目录（2022年）》 (国务院学位委员会、教育部, in force from 2023), the
 * successor of 《学位授予和人才培养学科目录（2011年颁布，2018年修订）》. Its 14 categories
 * (学科门类) run from 01 哲学 to 14 交叉学科. Professional degree categories (专业学位类别, third
 * code digit 5, e.g. 0856 材料与化工) are not disciplines here: their names read as the
 * disciplines they combine.
 *
 * Changes from the 2011 edition that the data reflects: new 0307 中共党史党建学,
 * 0308 纪检监察学, 0910 水土保持与荒漠化防治学, 1012 法医学, 1111 军事智能 and the 交叉学科
 * 1401–1407; 0834 风景园林学 and 1010 医学技术 became professional degrees only; 1202
 * 工商管理学, 1204 公共管理学, 1205 信息资源管理 and 1301 艺术学 were renamed or merged, and
 * 设计学 moved to 1403. Old names stay as spellings of their successors.
 *
 * Each discipline lists the spellings that name it in survey and roster cells; a spelling
 * names one discipline only (a cell naming two fields gives both codes instead).
 */

import { AGRICULTURES } from "./catalogue/agriculture.ts";
import { ARTS_AND_INTERDISCIPLINARY } from "./catalogue/arts-and-interdisciplinary.ts";
import type { Category } from "./catalogue/categories.ts";
import { CATEGORIES } from "./catalogue/categories.ts";
import type { Discipline } from "./catalogue/define.ts";
import { ENGINEERINGS } from "./catalogue/engineering.ts";
import { HUMANITIES } from "./catalogue/humanities.ts";
import { MANAGEMENTS } from "./catalogue/management.ts";
import { MEDICINES } from "./catalogue/medicine.ts";
import { MILITARIES } from "./catalogue/military.ts";
import { SCIENCES } from "./catalogue/science.ts";

export type { Category } from "./catalogue/categories.ts";
export type { Discipline } from "./catalogue/define.ts";

/** The edition the codes come from, for report footnotes. */
export const CATALOGUE_EDITION = "研究生教育学科专业目录（2022年）";

const DISCIPLINES: readonly Discipline[] = [
  ...HUMANITIES,
  ...SCIENCES,
  ...ENGINEERINGS,
  ...AGRICULTURES,
  ...MEDICINES,
  ...MILITARIES,
  ...MANAGEMENTS,
  ...ARTS_AND_INTERDISCIPLINARY,
];

const BY_CODE: ReadonlyMap<string, Discipline> = new Map(DISCIPLINES.map((d) => [d.code, d]));

/** Every discipline, in code order. */
export function disciplines(): readonly Discipline[] {
  return DISCIPLINES;
}

/** The 14 categories (学科门类), in catalogue order. */
export function categories(): readonly Category[] {
  return CATEGORIES;
}

/** The discipline with a four-digit code ("0805"), or undefined. */
export function disciplineByCode(code: string): Discipline | undefined {
  return BY_CODE.get(code);
}
