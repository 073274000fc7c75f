import { type FormColumn, waveLabel } from "./form.ts";

/**
 * The instructions sheet, one line a row. Written for the enterprises filling the form in
 * and for the office collecting it; nothing here is read back (the sheet has no header the
 * pipeline recognises, so it is skipped like any instructions sheet).
 */
export function instructionLines(options: {
  title: string;
  wave: string;
  dataSheet: string;
  columns: readonly FormColumn[];
  rows: number;
}): string[] {
  const { title, wave, dataSheet, columns, rows } = options;
  const required = columns.filter((c) => c.required).map((c) => c.header);
  return [
    title,
    "",
    "一、填写方法",
    `1. 请在“${dataSheet}”工作表中填写，每个需求岗位占一行（同一企业的多个岗位分行填写），最多 ${rows} 行。`,
    `2. 带 * 号标注的列必须填写：${required.join("、")}；其余各列尽量填写完整。`,
    "3. 学历、职称、技能等级、紧缺程度、引进方式、所属产业链请从单元格的下拉列表中选择，不要自行输入其他写法。",
    "4. 学历、职称、技能等级填写的是最低要求：例如选“本科”表示本科及以上均可。",
    "5. 需求人数请填写正整数（如 3），不要填写“若干”“不限”等文字。",
    "6. 请勿修改、删除或移动表头行，不要合并单元格，也不要在数据中间插入说明文字；如需说明请写在本工作表。",
    "7. 填好后请保存为 Excel 工作簿（.xlsx）原样报送，不要另存为其他格式。",
    "",
    "二、各列说明",
    ...columns.map((c) => `${c.header}${c.required ? "（必填）" : ""}：${c.help}`),
    "",
    "三、收集说明（人才办）",
    `本表为${waveLabel(wave)}（${wave}）调查表。收回后请放入工作区的 surveys/${wave}/ 文件夹，夜间更新会自动读取；`,
    "读取结果与被退回的行及原因见报告文件夹中的 rejects.csv 和“数据质量”页面。",
  ];
}
