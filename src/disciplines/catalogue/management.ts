/**
 * 12 管理学, with the 2011 names of the renamed disciplines (工商管理, 公共管理,
 * 图书情报与档案管理). 电子商务 is 工商管理学 (county enterprises mean running online shops);
 * 物流, 工程造价, 工业工程 and 质量管理 are 管理科学与工程, as their undergraduate classes are.
 */
import { type Discipline, discipline } from "./define.ts";

export const MANAGEMENTS: readonly Discipline[] = [
  discipline(`1201 管理科学与工程
    管理科学 管理工程 信息管理与信息系统 信息管理 信息系统 大数据管理与应用 工程管理
    项目管理 工程造价 造价 工业工程 质量管理工程 质量管理 品质管理 标准化工程 生产管理
    物流管理与工程 物流管理 物流工程 物流 供应链管理 供应链 采购管理 采购 房地产开发与管理
    房地产`),
  discipline(`1202 工商管理学
    工商管理 MBA 企业管理 经营管理 技术经济及管理 会计学 会计 财务管理 财务 财会 审计学
    审计 市场营销 营销 网络营销 销售 人力资源管理 人力资源 人事管理 电子商务 电商 国际商务
    商务管理 商务 旅游管理 旅游 酒店管理 会展 物业管理 文化产业管理
    大数据与会计 大数据与财务管理 大数据与审计`),
  discipline(`1203 农林经济管理
    农业经济管理 农业经济 农村经济 林业经济管理 林业经济 农村区域发展 农村发展`),
  discipline(`1204 公共管理学
    公共管理 行政管理 公共事业管理 公共政策 劳动与社会保障 社会保障 土地资源管理 土地管理
    城市管理 社会医学与卫生事业管理 卫生事业管理 教育经济与管理 健康服务与管理
    养老服务管理 海关管理`),
  discipline(`1205 信息资源管理
    图书情报与档案管理 图书馆学 图书馆 情报学 档案学 档案管理 档案`),
];
