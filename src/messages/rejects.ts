import { maxCellCharacters, maxColumns, maxRecordBytes, workbookLimits } from "../limits.ts";
import type { Lang } from "./lang.ts";

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * Why a row or file was set aside, in words an analyst can act on. `{value}` and `{column}`
 * are filled in SQL from the rejected cell; roster values that are personal are hidden there.
 */
export const rejectReasons = {
  missing_employer: {
    zh: "缺少企业名称：请填写用人单位名称",
    en: "employer is missing: fill in the employer's name",
  },
  missing_position: {
    zh: "缺少岗位名称：请填写需求岗位",
    en: "position is missing: fill in the position",
  },
  missing_headcount: {
    zh: "缺少需求人数：请填写正整数",
    en: "headcount is missing: fill in a whole number above 0",
  },
  bad_headcount: {
    zh: "需求人数“{value}”不是有效人数：请填写正整数（如 3 或 3人）",
    en: 'headcount "{value}" is not a number of people: write a whole number above 0 (e.g. 3)',
  },
  zero_headcount: {
    zh: "需求人数为 0：请填写大于 0 的人数，或删除此行",
    en: "headcount is 0: write a number above 0, or delete the row",
  },
  bad_credit_code: {
    zh: "统一社会信用代码“{value}”校验不通过（应为18位，末位为校验码）：请核对",
    en: 'credit code "{value}" fails its check (18 characters, the last a check digit): correct it',
  },
  no_identity: {
    zh: "无法识别人员：姓名、身份证号、联系电话均为空",
    en: "cannot tell who this is: name, ID number and phone are all empty",
  },
  bad_id_number: {
    zh: "身份证号校验不通过（应为18位，末位为校验码）：请核对",
    en: "ID number fails its check (18 characters, the last a check digit): correct it",
  },
  empty_file: {
    zh: "文件为空：请检查导出是否完整",
    en: "the file is empty: check that the export finished",
  },
  unknown_encoding: {
    zh: "无法确定文件编码（既不是 UTF-8、UTF-16，也不像 GB18030/GBK 中文文本，或前后编码不一致）：请在 Excel 中另存为“CSV UTF-8”或 xlsx",
    en: 'cannot tell the file\'s encoding (not UTF-8 or UTF-16, and not plausible GB18030/GBK Chinese text, or mixed): save it from Excel as "CSV UTF-8" or xlsx',
  },
  no_header: {
    zh: "找不到表头：前30行中没有可识别的列名（如 企业名称、岗位名称、需求人数 或 姓名）",
    en: "no header found: none of the first 30 rows names known columns (e.g. employer, position, headcount, or name)",
  },
  corrupt_workbook: {
    zh: "无法打开工作簿（文件已损坏或不是 xlsx）：请在 Excel 中打开后重新另存为 xlsx",
    en: "the workbook cannot be opened (damaged, or not an xlsx): open it in Excel and save it again as xlsx",
  },
  password_protected: {
    zh: "工作簿设有打开密码（已加密）：请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后重新保存",
    en: "the workbook is password-protected (encrypted): remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it) and save again",
  },
  legacy_xls: {
    zh: "这是旧版 Excel 97-2003（.xls）文件：请在 Excel 中另存为 xlsx",
    en: "this is a legacy Excel 97-2003 (.xls) file: save it from Excel as xlsx",
  },
  zip_bomb: {
    zh: "工作簿解压后的大小远超文件本身（疑似“压缩炸弹”），未读取：请核实文件来源，或在 Excel 中重新另存为 xlsx",
    en: "the workbook would inflate far beyond its own size (a likely zip bomb) and was not read: check where it came from, or save it again from Excel",
  },
  unsupported_format: {
    zh: "不支持的文件格式：请另存为 xlsx 或 CSV",
    en: "unsupported file format: save it as xlsx or CSV",
  },
  missing_file: {
    zh: "文件不存在或是失效的链接（链接指向的文件已被删除或移走，或所在磁盘未挂载）：请恢复该文件，或删除这个链接",
    en: "the file does not exist, or is a broken link (its target was deleted or moved, or its disk is not mounted): restore the file, or delete the link",
  },
  bad_wave_folder: {
    zh: "调查文件须放在以批次命名的文件夹中（如 surveys/2024H1/）",
    en: "survey files belong in a folder named for their wave (e.g. surveys/2024H1/)",
  },
  file_too_large: {
    zh: "文件超过大小上限（talentmap.json 中的 maxFileMegabytes）：请拆分文件或调高上限",
    en: "the file is over the size limit (maxFileMegabytes in talentmap.json): split it or raise the limit",
  },
  unreadable_file: {
    zh: "无法读取此文件（内容结构有误，读取时出错）：请在 Excel 中打开后另存为 xlsx 或“CSV UTF-8”，再放回原处",
    en: 'the file could not be read (its structure is broken): open it in Excel, save it as xlsx or "CSV UTF-8" and put it back',
  },
  file_not_accessible: {
    zh: "无法打开此文件（无权读取、已被移走，或正被其他程序占用）：请检查文件和所在文件夹的权限后重新运行",
    en: "the file could not be opened (no permission to read it, moved away, or held by another program): check the permissions of the file and its folder, and run again",
  },
  too_many_columns: {
    zh: `列数过多：一行最多 ${maxColumns} 列（Excel 的上限）：请检查分隔符，或删去多余的列`,
    en: `too many columns: a row holds at most ${maxColumns} (Excel's limit): check the delimiter, or delete the extra columns`,
  },
  no_line_breaks: {
    zh: `文件开头 ${maxRecordBytes / 1024 / 1024} MB 中没有一个换行：不是逐行的表格，或第一行过长：请在 Excel 中打开检查后另存为 xlsx 或“CSV UTF-8”`,
    en: `no line break in the first ${maxRecordBytes / 1024 / 1024} MB of the file: it is not a table of rows, or its first row is far too long: check it in Excel and save it as xlsx or "CSV UTF-8"`,
  },
  unclosed_quote: {
    zh: "引号不成对：有单元格以英文双引号开头却没有结束，其后的行都并进了这个单元格：请在 Excel 中检查后另存为 xlsx 或“CSV UTF-8”",
    en: 'a quote is never closed: a cell opens with a double quote that never ends, so every later line falls into it: check the file in Excel and save it as xlsx or "CSV UTF-8"',
  },
  bad_line_breaks: {
    zh: "换行符有误：表头或表头以上的行中有单独的回车符（CR），或整个文件只用 CR 换行：请在 Excel 中打开后另存为“CSV UTF-8”或 xlsx",
    en: 'broken line breaks: the header or a row above it holds a lone carriage return (CR), or the file breaks lines with CR only: open it in Excel and save it as "CSV UTF-8" or xlsx',
  },
  stray_carriage_return: {
    zh: "此行中有单独的回车符（CR），会把一行拆成两行：请删去单元格中的回车或换行后重新保存",
    en: "this row holds a lone carriage return (CR), which splits it in two: delete the line break inside the cell and save again",
  },
  record_too_long: {
    zh: `此行超过 ${maxRecordBytes / 1024 / 1024} MB（多为引号不成对或缺少换行）：请在 Excel 中检查此行`,
    en: `this row is over ${maxRecordBytes / 1024 / 1024} MB (usually a quote left open, or missing line breaks): check the row in Excel`,
  },
  cell_too_long: {
    zh: `单元格超过 ${maxCellCharacters} 个字符（Excel 单元格的上限），此行未读入：请删减内容`,
    en: `a cell holds over ${maxCellCharacters} characters (Excel's limit for a cell); the row was not read: shorten it`,
  },
  inflated_too_large: {
    zh: `工作簿解压后超过上限（文件大小的 ${workbookLimits.inflateRatio} 倍，至少 ${megabytes(workbookLimits.inflateFreeBytes)} MB、至多 ${megabytes(workbookLimits.maxWorkbookInflatedBytes)} MB；可能是构造的压缩炸弹），未读取：请核实文件来源，或在 Excel 中重新另存为 xlsx`,
    en: `the workbook inflates past its limit (${workbookLimits.inflateRatio} times the file's size, at least ${megabytes(workbookLimits.inflateFreeBytes)} MB, at most ${megabytes(workbookLimits.maxWorkbookInflatedBytes)} MB; likely a crafted zip bomb) and was not read: check where it came from, or save it again from Excel as xlsx`,
  },
  too_many_sheets: {
    zh: `工作簿中的工作表超过 ${workbookLimits.maxSheetsPerWorkbook} 个，未读取：请把数据放在少数几个工作表中，另存后再放回`,
    en: `the workbook lists over ${workbookLimits.maxSheetsPerWorkbook} sheets and was not read: keep the data in a few sheets and save it again`,
  },
  xml_too_deep: {
    zh: `工作簿的 XML 嵌套超过 ${workbookLimits.maxXmlDepth} 层（Excel 不会这样保存，可能是构造的文件），未读取：请核实文件来源，或在 Excel 中打开后重新另存为 xlsx`,
    en: `the workbook's XML nests over ${workbookLimits.maxXmlDepth} levels deep (Excel never saves that; likely a crafted file) and was not read: check where it came from, or open it in Excel and save it again as xlsx`,
  },
  shared_strings_too_large: {
    zh: `工作簿中不重复的文本（共享字符串）超过 ${megabytes(workbookLimits.maxSharedStringBytes)} MB，未读取：请拆分为几个较小的文件`,
    en: `the workbook's distinct texts (shared strings) take over ${megabytes(workbookLimits.maxSharedStringBytes)} MB and it was not read: split it into smaller files`,
  },
  xml_token_too_long: {
    zh: `工作簿的 XML 中有一段超过 ${workbookLimits.maxXmlTokenCharacters / 10_000} 万个字符的标记或文本（Excel 不会这样保存，可能是构造的文件），未读取：请核实文件来源，或在 Excel 中打开后重新另存为 xlsx`,
    en: `the workbook's XML holds a tag or text over ${workbookLimits.maxXmlTokenCharacters / 1_000_000} million characters long (Excel never saves that; likely a crafted file) and was not read: check where it came from, or open it in Excel and save it again as xlsx`,
  },
  workbook_cell_too_long: {
    zh: `工作簿中有单元格超过 ${maxCellCharacters} 个字符（Excel 单元格的上限，Excel 不会这样保存），整个文件未读取：请核实文件来源，删减该单元格后在 Excel 中另存为 xlsx`,
    en: `a cell of the workbook holds over ${maxCellCharacters} characters (Excel's limit for a cell; Excel never saves that), so the file was not read: check where it came from, shorten the cell and save it again from Excel as xlsx`,
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type RejectReason = keyof typeof rejectReasons;

export const hiddenValue: Record<Lang, string> = {
  zh: "（个人信息，已隐去）",
  en: "(personal, hidden)",
};
