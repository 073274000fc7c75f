import ExcelJS from "exceljs";
import type { Chain } from "../workspace/config.ts";
import { type FormColumn, formColumns, type ListName, listValues } from "./form.ts";
import { instructionLines } from "./instructions.ts";

export const dataSheetName = "需求表";
export const instructionsSheetName = "填表说明";
export const listsSheetName = "选项";

/** The data area: rows under the header that carry the dropdowns and checks. */
export const formRows = 500;

export interface FormOptions {
  readonly wave: string;
  /** The title above the header, e.g. "南乐县2025年上半年重点企业人才需求调查表". */
  readonly title: string;
  readonly chains: readonly Chain[];
  readonly created: Date;
}

const headerFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDCE6F1" },
};
const requiredFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFCE4D6" },
};
const thin: ExcelJS.Border = { style: "thin", color: { argb: "FFB7C3D0" } };

/** Column letter of a 1-based index (A … Z, AA …). */
function letter(index: number): string {
  let n = index;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The blank survey form: an instructions sheet, the data sheet (a title row, then the header
 * row of canonical Chinese headers, required ones marked and shaded, a note on each header,
 * frozen under the header) with dropdown lists and checks down its data rows, and a hidden
 * sheet holding the lists (a list written inline is limited to 255 characters; chain names
 * may be more).
 */
export async function surveyFormBytes(options: FormOptions): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "talentmap";
  book.created = options.created;
  book.modified = options.created;
  addInstructions(book, options);
  const data = book.addWorksheet(dataSheetName, {
    views: [{ state: "frozen", ySplit: 2, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 },
  });
  const ranges = addLists(book, options.chains);
  writeHeader(data, options.title);
  formColumns.forEach((column, i) => {
    addChecks(data, letter(i + 1), column, ranges.get(column.list ?? ("" as ListName)));
  });
  book.views = [
    { activeTab: 1, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible" },
  ];
  const bytes = await book.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}

function addInstructions(book: ExcelJS.Workbook, options: FormOptions): void {
  const sheet = book.addWorksheet(instructionsSheetName);
  sheet.getColumn(1).width = 110;
  const lines = instructionLines({
    title: options.title,
    wave: options.wave,
    dataSheet: dataSheetName,
    columns: formColumns,
    rows: formRows,
  });
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) cell.font = { bold: true, size: 14 };
    else if (/^[一二三]、/.test(line)) cell.font = { bold: true };
  });
}

/** One column a list on the hidden lists sheet; returns each list's range for validations. */
function addLists(book: ExcelJS.Workbook, chains: readonly Chain[]): Map<ListName, string> {
  const sheet = book.addWorksheet(listsSheetName, { state: "hidden" });
  const names: ListName[] = ["education", "title", "skill", "urgency", "mode", "chain"];
  const ranges = new Map<ListName, string>();
  names.forEach((name, i) => {
    const values = listValues(name, chains);
    const col = letter(i + 1);
    sheet.getCell(`${col}1`).value = `${name}选项`;
    values.forEach((value, r) => {
      sheet.getCell(`${col}${r + 2}`).value = value;
    });
    if (values.length > 0)
      ranges.set(name, `'${listsSheetName}'!$${col}$2:$${col}$${values.length + 1}`);
  });
  return ranges;
}

function writeHeader(sheet: ExcelJS.Worksheet, title: string): void {
  sheet.getCell(1, 1).value = title;
  sheet.mergeCells(1, 1, 1, formColumns.length);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 26;
  formColumns.forEach((column, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: column.required ? { argb: "FFC00000" } : undefined };
    cell.fill = column.required ? requiredFill : headerFill;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.note = `${column.required ? "* 必填。" : ""}${column.help}`;
    sheet.getColumn(i + 1).width = column.width;
  });
  sheet.getRow(2).height = 22;
}

/** The dropdown or check of one column, down the data rows. */
function addChecks(
  sheet: ExcelJS.Worksheet,
  col: string,
  column: FormColumn,
  listRange: string | undefined,
): void {
  // Set cell by cell (ExcelJS's types know no range form); the writer joins equal
  // validations of a column back into one range.
  const add = (validation: ExcelJS.DataValidation) => {
    for (let row = 3; row <= formRows + 2; row++)
      sheet.getCell(`${col}${row}`).dataValidation = validation;
  };
  const base = { allowBlank: !column.required, showErrorMessage: true, showInputMessage: true };
  if (column.list && listRange) {
    add({
      ...base,
      type: "list",
      formulae: [listRange],
      errorStyle: "stop",
      errorTitle: column.header,
      error: `请从下拉列表中选择${column.header}`,
      promptTitle: column.header,
      prompt: column.help,
    });
  } else if (column.check === "headcount") {
    add({
      ...base,
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [1],
      errorStyle: "stop",
      errorTitle: column.header,
      error: "需求人数请填写正整数，如 3",
      promptTitle: column.header,
      prompt: column.help,
    });
  } else if (column.check === "creditCode") {
    add({
      ...base,
      type: "textLength",
      operator: "equal",
      formulae: [18],
      errorStyle: "warning",
      errorTitle: column.header,
      error: "统一社会信用代码应为 18 位",
      promptTitle: column.header,
      prompt: column.help,
    });
    sheet.getColumn(col).numFmt = "@";
  } else if (column.check === "date") {
    add({
      ...base,
      type: "date",
      operator: "greaterThan",
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      errorStyle: "warning",
      errorTitle: column.header,
      error: "请填写日期，如 2025-03-15",
      promptTitle: column.header,
      prompt: column.help,
    });
    sheet.getColumn(col).numFmt = "yyyy-mm-dd";
  }
}
