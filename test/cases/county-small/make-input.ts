/**
 * Writes the binary inputs of this case (the xlsx files); the CSVs are kept as written.
 * Run once with `npx tsx test/cases/county-small/make-input.ts`; the outputs are committed,
 * and the expected summary was worked out by hand from the rows below (see README.md).
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "xlsx";

const input = join(dirname(fileURLToPath(import.meta.url)), "input");

function write(path: string, sheets: [string, XLSX.WorkSheet][]) {
  const book = XLSX.utils.book_new();
  for (const [name, sheet] of sheets) XLSX.utils.book_append_sheet(book, sheet, name);
  book.Props = { CreatedDate: new Date("2024-07-01T00:00:00Z") };
  writeFileSync(join(input, path), XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }));
}

const demand = XLSX.utils.aoa_to_sheet([
  ["南乐县2024年下半年重点企业人才需求调查表"],
  ["单位名称", "所属产业链", "需求岗位", "最低学历", "职称要求", "人数"],
  ["甲生物", "生物基新材料", "聚乳酸研发", "博士", "正高级工程师", 1],
  ["乙食品", "食品加工", "质检", "本科及以上", "", 2],
  ["戊公司", "", "食品包装工", "中专", "", "３人"],
]);
demand["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
write("surveys/2024H2/需求.xlsx", [
  ["填表说明", XLSX.utils.aoa_to_sheet([["填表说明"], ["1. 每个岗位填写一行。"], ["2. 人数填写整数。"]])],
  ["需求表", demand],
]);

write("rosters/组织部.xlsx", [
  [
    "人才名单",
    XLSX.utils.aoa_to_sheet([
      ["姓名", "身份证号", "手机", "学历", "职称", "现工作地", "所属产业链", "专业"],
      ["张一", "410923198503150016", "", "博士", "研究员", "上海", "生物基材料", ""],
      ["王三", "", "13800000003", "硕士", "工程师", "郑州", "食品加工", ""],
      ["孙六", "", "", "大专", "", "濮阳市", "", "食品科学"],
      ["周七", "110108199202020046", "13800000007", "本科", "助理工程师", "北京市海淀区", "", "会计"],
      ["吴八", "320102198808080058", "13800000008", "硕士", "", "南京", "", "发酵食品"],
    ]),
  ],
]);
