/**
 * Header aliases of a demand survey (docs/domain.md), simplified and without spaces; the header
 * matcher normalises what the user wrote the same way before looking it up.
 */
export const demandHeaders = {
  employer: ["企业名称", "单位名称", "用人单位", "企业", "employer", "company"],
  creditCode: ["统一社会信用代码", "社会信用代码", "信用代码", "creditcode"],
  chain: ["所属产业链", "产业链", "chain"],
  sector: ["所属行业", "行业类别", "行业", "sector", "industry"],
  region: [
    "所在地",
    "所在区域",
    "所在乡镇",
    "所在乡镇(街道)",
    "企业所在地",
    "单位所在地",
    "地区",
    "region",
  ],
  position: ["岗位名称", "需求岗位", "岗位", "position"],
  field: ["专业要求", "专业方向", "研究领域", "专业", "field", "major"],
  education: ["学历要求", "最低学历", "学历", "education"],
  title: ["职称要求", "职称", "title"],
  skill: ["技能等级", "技能要求", "skill"],
  headcount: ["需求人数", "人数", "数量", "headcount"],
  urgency: ["紧缺程度", "紧急程度", "urgency"],
  salary: ["薪酬待遇", "月薪", "年薪", "薪酬", "salary"],
  mode: ["引进方式", "用工形式", "mode"],
  filledAt: ["填报日期", "填表日期", "date"],
} as const;

export type DemandField = keyof typeof demandHeaders;

/** A header row must name these for a sheet to count as a demand table. */
export const demandRequired: readonly DemandField[] = ["employer", "position", "headcount"];
