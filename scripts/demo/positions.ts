/**
 * Positions enterprises ask for, by chain. `level` drives the education, title, skill,
 * headcount and salary drawn for a row. A position of one chain never carries another
 * chain's keyword (checked in workspace generation); the ambiguous one is deliberate.
 */
export type PositionLevel = "research" | "engineer" | "technician" | "general";

export interface PositionTemplate {
  position: string;
  field: string;
  level: PositionLevel;
}

const t = (position: string, field: string, level: PositionLevel): PositionTemplate => ({
  position,
  field,
  level,
});

export const POSITIONS: Readonly<Record<string, readonly PositionTemplate[]>> = {
  "bio-materials": [
    t("发酵工艺工程师", "发酵工程", "engineer"),
    t("聚乳酸研发工程师", "高分子材料与工程", "research"),
    t("高分子材料研发员", "高分子材料与工程", "engineer"),
    t("生物基材料研发主管", "材料科学与工程", "research"),
    t("菌种选育研究员", "微生物学", "research"),
    t("化验分析员", "分析化学", "technician"),
    t("质量检验员", "化学工程与工艺", "technician"),
    t("工艺技术员", "生物工程", "engineer"),
    t("环保安全专员", "环境工程", "general"),
    t("生产操作工", "化工类", "technician"),
  ],
  "food-processing": [
    t("食品研发工程师", "食品科学与工程", "engineer"),
    t("品控主管", "食品质量与安全", "engineer"),
    t("果蔬加工技术员", "农产品加工及贮藏工程", "technician"),
    t("肉制品加工工艺员", "畜产品加工", "technician"),
    t("面粉车间主任", "粮食工程", "engineer"),
    t("化验员", "生物技术", "technician"),
    t("营养师", "营养学", "general"),
    t("冷链物流主管", "物流管理", "general"),
    t("包装设备操作工", "", "technician"),
  ],
  equipment: [
    t("机械设计工程师", "机械设计制造及其自动化", "engineer"),
    t("数控车床操作工", "数控技术", "technician"),
    t("焊接技术员", "焊接技术与工程", "technician"),
    t("PLC编程工程师", "电气工程及其自动化", "engineer"),
    t("装配钳工", "机电一体化技术", "technician"),
    t("工艺工程师", "材料成型及控制工程", "engineer"),
    t("质量工程师", "测控技术与仪器", "engineer"),
    t("液压系统研发工程师", "流体传动与控制", "research"),
    t("售后服务工程师", "机电一体化技术", "general"),
  ],
  electronics: [
    t("嵌入式开发工程师", "计算机科学与技术", "engineer"),
    t("Java开发工程师", "软件工程", "engineer"),
    t("电子工艺工程师", "电子信息工程", "engineer"),
    t("通信工程师", "通信工程", "engineer"),
    t("硬件测试工程师", "微电子科学与工程", "engineer"),
    t("芯片封装研发工程师", "集成电路设计与集成系统", "research"),
    t("SMT技术员", "", "technician"),
    t("网络运维工程师", "网络工程", "general"),
    t("数据分析师", "统计学", "general"),
  ],
  "new-energy": [
    t("光伏组件工艺工程师", "新能源科学与工程", "engineer"),
    t("储能系统工程师", "电气工程及其自动化", "engineer"),
    t("电池研发工程师", "电化学", "research"),
    t("氢能技术研究员", "化学工程与工艺", "research"),
    t("电气设计工程师", "电气工程及其自动化", "engineer"),
    t("变压器装配工", "", "technician"),
    t("检测技术员", "材料科学与工程", "technician"),
    t("销售工程师", "市场营销", "general"),
  ],
  none: [
    t("会计", "会计学", "general"),
    t("出纳", "财务管理", "general"),
    t("销售代表", "市场营销", "general"),
    t("仓储主管", "物流管理", "general"),
    t("人力资源专员", "人力资源管理", "general"),
    t("行政文员", "", "general"),
    t("客服专员", "", "general"),
  ],
};

/** Its keywords match two chains (new-energy: 电池; electronics: 嵌入式, 软件, 电子). */
export const AMBIGUOUS_POSITION: PositionTemplate = t(
  "电池管理系统嵌入式软件工程师",
  "电子信息工程",
  "engineer",
);
