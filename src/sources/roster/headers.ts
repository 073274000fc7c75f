/** Header aliases of a talent roster (docs/domain.md), simplified and without spaces. */
export const rosterHeaders = {
  name: ["姓名", "name"],
  gender: ["性别", "gender"],
  birth: ["出生年月", "出生日期", "出生年月日", "birth"],
  idNumber: ["身份证号", "身份证号码", "公民身份号码", "idnumber"],
  nativePlace: ["籍贯", "户籍地", "家乡", "nativeplace"],
  employer: ["工作单位", "现工作单位", "单位", "employer"],
  location: ["现工作地", "工作地点", "现居住地", "所在地", "location"],
  education: ["最高学历", "学历", "education"],
  title: ["专业技术职称", "职称", "title"],
  skill: ["技能等级", "skill"],
  field: ["专业领域", "研究领域", "研究方向", "专业", "field"],
  sector: ["所属行业", "行业", "sector"],
  chain: ["所属产业链", "产业链", "chain"],
  category: ["人才类别", "人才类型", "类别", "category"],
  phone: ["联系电话", "手机号码", "手机", "电话", "phone"],
  email: ["电子邮箱", "邮箱", "email"],
  intention: ["回乡意向", "合作意向", "intention"],
  enteredAt: ["入库时间", "入库日期", "enteredat"],
  lastContactAt: ["最后联系日期", "回访日期", "lastcontactat"],
} as const;

export type RosterField = keyof typeof rosterHeaders;

/** A roster sheet must name at least one way to tell people apart. */
export const rosterIdentity: readonly RosterField[] = ["name", "idNumber", "phone"];
