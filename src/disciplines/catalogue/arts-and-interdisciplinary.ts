/**
 * 13 艺术学 and 14 交叉学科. In 2022 艺术学 has one academic discipline, 1301 艺术学 (music,
 * dance, drama, film, fine arts), and 设计学 moved to 交叉学科 as 1403; the 2011 names
 * (艺术学理论, 音乐与舞蹈学, 戏剧与影视学, 美术学) are spellings of 1301. 工业设计 is not here
 * but under 机械工程, as in the undergraduate catalogue.
 */
import { type Discipline, discipline } from "./define.ts";

export const ARTS_AND_INTERDISCIPLINARY: readonly Discipline[] = [
  discipline(`1301 艺术学
    艺术 艺术学理论 艺术史 艺术管理 音乐与舞蹈学 音乐学 音乐 音乐表演 舞蹈学 舞蹈
    戏剧与影视学 戏剧 戏曲 曲艺 影视 影视摄影与制作 摄影 广播电视编导 编导 导演 表演
    播音与主持艺术 播音主持 播音 动画 动漫 美术学 美术 绘画 雕塑 书法`),

  discipline(`1401 集成电路科学与工程
    集成电路 集成电路设计与集成系统 芯片设计 芯片 半导体 IC设计`),
  discipline(`1402 国家安全学
    国家安全`),
  discipline(`1403 设计学
    艺术设计 视觉传达设计 视觉传达 环境设计 产品设计 平面设计 室内设计 展示设计 交互设计
    UI设计 广告设计 包装设计 服装与服饰设计 服装设计 数字媒体艺术 工艺美术`),
  discipline(`1404 遥感科学与技术
    遥感 遥感技术`),
  discipline(`1405 智能科学与技术
    智能科学 人工智能 机器学习 深度学习 计算机视觉 自然语言处理`),
  discipline(`1406 纳米科学与工程
    纳米科学 纳米技术 纳米`),
  discipline(`1407 区域国别学
    区域国别研究 区域国别 国别研究`),
];
