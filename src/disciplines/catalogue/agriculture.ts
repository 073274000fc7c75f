/**
 * 09 农学. 农业 alone is 作物学 (agronomy, 农学); 设施农业 and 智慧农业 are 农业工程. 畜牧兽医, the
 * vocational major, is 畜牧学: county farms hire it to raise animals.
 */
import { type Discipline, discipline } from "./define.ts";

export const AGRICULTURES: readonly Discipline[] = [
  discipline(`0901 作物学
    农学 农业 农艺 作物 作物栽培学与耕作学 作物栽培 作物遗传育种 种子科学与工程 种子
    植物科学与技术 种植 烟草`),
  discipline(`0902 园艺学
    园艺 果树学 果树 蔬菜学 蔬菜 茶学 茶叶 花卉 设施园艺 观赏园艺 食用菌`),
  discipline(`0903 农业资源与环境
    农业资源 农业环境 土壤学 土壤 植物营养学 植物营养 肥料 土肥`),
  discipline(`0904 植物保护
    植保 植物病理学 植物病理 农业昆虫与害虫防治 病虫害防治 病虫害 农药学 农药 植物检疫`),
  discipline(`0905 畜牧学
    畜牧 畜牧兽医 动物科学 动物遗传育种与繁殖 动物营养与饲料科学 动物营养 饲料 畜禽养殖
    养殖 家畜 家禽 特种经济动物饲养 蚕学 蜂学
    畜禽生产`),
  discipline(`0906 兽医学
    兽医 动物医学 动物药学 兽药 基础兽医学 预防兽医学 临床兽医学 动植物检疫 动物检疫
    宠物医疗`),
  discipline(`0907 林学
    林业 森林 林木遗传育种 森林培育 森林保护 森林经理学 经济林 园林 园林技术 园林植物
    园林植物与观赏园艺 野生动植物保护与利用 野生动物与自然保护区管理`),
  discipline(`0908 水产
    水产养殖学 水产养殖 渔业 海洋渔业 渔业资源 捕捞学 捕捞 水族科学与技术`),
  discipline(`0909 草学
    草业科学 草业 草坪 牧草 草地`),
  discipline(`0910 水土保持与荒漠化防治学
    水土保持与荒漠化防治 水土保持 荒漠化防治`),
];
