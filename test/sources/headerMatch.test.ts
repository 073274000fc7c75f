import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demandHeaders, demandRequired } from "../../src/sources/demand/headers.ts";
import { findHeaderRow, mapHeaders } from "../../src/sources/headerMatch.ts";
import { rosterHeaders, rosterIdentity } from "../../src/sources/roster/headers.ts";

/** The field one header cell maps to, alone in its row (so nothing else claims the field). */
const demandField = (header: string) => mapHeaders([header], demandHeaders)[0]?.field;
const rosterField = (header: string) => mapHeaders([header], rosterHeaders)[0]?.field;

describe("mapHeaders: demand survey headers", () => {
  it.each([
    ["企业名称", "employer"],
    ["单位名称", "employer"],
    ["用人单位", "employer"],
    ["统一社会信用代码", "creditCode"],
    ["信用代码", "creditCode"],
    ["所属产业链", "chain"],
    ["所属行业", "sector"],
    ["行业类别", "sector"],
    ["所在乡镇", "region"],
    ["岗位名称", "position"],
    ["需求岗位", "position"],
    ["专业要求", "field"],
    ["研究领域", "field"],
    ["学历要求", "education"],
    ["最低学历", "education"],
    ["职称要求", "title"],
    ["技能等级", "skill"],
    ["需求人数", "headcount"],
    ["数量", "headcount"],
    ["紧缺程度", "urgency"],
    ["薪酬待遇", "salary"],
    ["引进方式", "mode"],
    ["用工形式", "mode"],
    ["填报日期", "filledAt"],
  ])("%s → %s", (header, field) => {
    expect(demandField(header)).toBe(field);
  });

  it.each([
    ["学 历", "education"], // a space typed to widen the column
    ["学\u3000历", "education"], // ideographic space
    ["学\n历", "education"], // Alt+Enter line break inside the cell
    ["學歷", "education"], // traditional
    ["學歷要求", "education"],
    ["ＥＤＵＣＡＴＩＯＮ", "education"], // full-width letters
    ["Education", "education"],
    ["Credit Code", "creditCode"],
    ["  企业名称  ", "employer"],
    ["岗位\u200b名称", "position"], // zero-width space pasted from a chat app
    ["需求人数（人）", "headcount"], // full-width brackets with a unit
    ["需求人数(人)", "headcount"],
    ["需求人数（人）*", "headcount"],
    ["*岗位名称", "position"], // required-field mark before
    ["岗位名称*", "position"], // and after
    ["【必填】岗位名称", "position"],
    ["学历要求(最低)", "education"], // longest alias the header starts with
    ["学历要求（最低）", "education"],
    ["职称要求（中级及以上）", "title"],
    ["所在乡镇（街道）", "region"],
    ["单位名称（盖章）", "employer"],
    ["所属产业链（必填）", "chain"],
  ])("%j → %s", (header, field) => {
    expect(demandField(header)).toBe(field);
  });

  it.each([
    ["职称等级", "title"], // alias + a harmless word
    ["所属产业链名称", "chain"],
    ["企业全称", "employer"],
    ["学历层次", "education"],
    ["企业所在地", "region"], // an alias of its own, not 企业 + 所在地
    ["單位所在地", "region"],
    ["Ｅｍｐｌｏｙｅｒ", "employer"],
    ["岗 位 名 称", "position"],
  ])("%j → %s (conservative prefix rule)", (header, field) => {
    expect(demandField(header)).toBe(field);
  });

  it.each([
    "序号",
    "联系人",
    "备注",
    "工作地点",
    // An alias followed by words that change its meaning maps to nothing (tester's finding).
    "岗位职责",
    "岗位数量",
    "企业性质",
    "企业规模",
    "学历证书",
    "人数说明",
    "职称评定时间",
    "南乐县2024年上半年重点企业人才需求调查表",
    "",
    "   ",
    "*",
  ])("unknown header %j → null", (header) => {
    expect(demandField(header)).toBeNull();
  });

  it("keeps index and the header as written (trimmed), for the rejects report", () => {
    const columns = mapHeaders(["序号", " 学 历 ", "需求人数（人）"], demandHeaders);
    expect(columns).toEqual([
      { index: 0, header: "序号", field: null },
      { index: 1, header: "学 历", field: "education" },
      { index: 2, header: "需求人数（人）", field: "headcount" },
    ]);
  });

  it("lets the first of two columns for one field claim it and ignores the second", () => {
    const columns = mapHeaders(
      ["企业名称", "岗位名称", "学历", "需求人数", "学历要求", "企业名称"],
      demandHeaders,
    );
    expect(columns.map((c) => c.field)).toEqual([
      "employer",
      "position",
      "education",
      "headcount",
      null,
      null,
    ]);
  });

  it("claims per call: a new row starts with every field free", () => {
    mapHeaders(["企业名称"], demandHeaders);
    expect(demandField("企业名称")).toBe("employer");
  });

  it("never maps two columns to one field, whatever the headers", () => {
    const all = Object.values(demandHeaders).flat();
    const row = [...all, ...all.map((a) => `*${a}`), ...all.map((a) => `${a}（人）`)];
    const fields = mapHeaders(row, demandHeaders)
      .map((c) => c.field)
      .filter((f) => f !== null);
    expect(new Set(fields).size).toBe(fields.length);
    expect(new Set(fields)).toEqual(new Set(Object.keys(demandHeaders)));
  });
});

describe("mapHeaders: roster headers", () => {
  it.each([
    ["姓名", "name"],
    ["姓 名", "name"],
    ["身份证号", "idNumber"],
    ["身份证号码", "idNumber"],
    ["身份證號碼", "idNumber"],
    ["出生年月", "birth"],
    ["出生日期", "birth"],
    ["籍贯", "nativePlace"],
    ["户籍地", "nativePlace"],
    ["现工作单位", "employer"],
    ["现工作地", "location"],
    ["最高学历", "education"],
    ["专业技术职称", "title"],
    ["研究方向", "field"],
    ["人才类别", "category"],
    ["联系电话", "phone"],
    ["手机", "phone"],
    ["电子邮箱", "email"],
    ["回乡意向", "intention"],
    ["入库时间", "enteredAt"],
    ["回访日期", "lastContactAt"],
    ["最后联系日期", "lastContactAt"],
  ])("%s → %s", (header, field) => {
    expect(rosterField(header)).toBe(field);
  });

  it.each([["联系电话号码", "phone"]])("%s → %s", (header, field) => {
    expect(rosterField(header)).toBe(field);
  });

  it.each(["序号", "联系方式", "毕业院校", "备注", "姓名拼音", "单位性质", "电话区号"])(
    "unknown header %j → null",
    (header) => {
      expect(rosterField(header)).toBeNull();
    },
  );
});

describe("findHeaderRow", () => {
  const title = ["南乐县2024年上半年重点企业人才需求调查表", "", "", "", ""];
  const header = ["序号", "企业名称", "岗位名称", "学 历", "需求人数（人）"];

  it("skips a title row and an empty row above the header", () => {
    const rows = [title, [], ["", "", "", "", ""], header, ["1", "甲公司", "工程师", "本科", "3"]];
    const found = findHeaderRow(rows, demandHeaders, demandRequired);
    expect(found?.rowIndex).toBe(3);
    expect(found?.columns.map((c) => c.field)).toEqual([
      null,
      "employer",
      "position",
      "education",
      "headcount",
    ]);
  });

  it("finds the header in the first row too", () => {
    expect(findHeaderRow([header], demandHeaders, demandRequired)?.rowIndex).toBe(0);
  });

  it("passes over a row of three known fields of which none is required", () => {
    // 学历, 职称, 专业: three fields, but a demand table cannot do without employer, position
    // or headcount.
    const rows = [["学历", "职称", "专业"], header];
    expect(findHeaderRow(rows, demandHeaders, demandRequired)?.rowIndex).toBe(1);
  });

  it("passes over a row that names only two fields", () => {
    const rows = [["企业名称", "岗位名称"], header];
    expect(findHeaderRow(rows, demandHeaders, demandRequired)?.rowIndex).toBe(1);
  });

  it("returns null when no row qualifies", () => {
    expect(findHeaderRow([], demandHeaders, demandRequired)).toBeNull();
    expect(findHeaderRow([title, [], ["填表说明"]], demandHeaders, demandRequired)).toBeNull();
    // An instructions sheet: prose in column A.
    expect(
      findHeaderRow(
        [["填表说明"], ["1. 企业名称请填写全称"], ["2. 需求人数请填写数字"]],
        demandHeaders,
        demandRequired,
      ),
    ).toBeNull();
  });

  it("looks no further than scanRows", () => {
    const rows = [title, [], header];
    expect(findHeaderRow(rows, demandHeaders, demandRequired, 2)).toBeNull();
    expect(findHeaderRow(rows, demandHeaders, demandRequired, 3)?.rowIndex).toBe(2);
    const deep = [...Array.from({ length: 30 }, () => [] as string[]), header];
    expect(findHeaderRow(deep, demandHeaders, demandRequired)).toBeNull();
  });

  it("finds a roster header by any identity column", () => {
    const rows = [
      ["在外人才信息登记表"],
      ["姓名", "性别", "出生年月", "现工作单位"],
      ["张三", "男", "1985.03", "某大学"],
    ];
    expect(findHeaderRow(rows, rosterHeaders, rosterIdentity)?.rowIndex).toBe(1);
    const byPhone = [["性别", "手机", "学历"]];
    expect(findHeaderRow(byPhone, rosterHeaders, rosterIdentity)?.rowIndex).toBe(0);
    const noIdentity = [["性别", "学历", "职称", "专业"]];
    expect(findHeaderRow(noIdentity, rosterHeaders, rosterIdentity)).toBeNull();
  });
});

describe("two-row headers", () => {
  it("takes the lower cells under a group label merged across (联系方式 over 电话, 邮箱)", () => {
    const rows = [
      ["在外人才名单"],
      ["姓名", "性别", "联系方式", "", "现工作地"],
      ["", "", "电话", "邮箱", ""],
      ["张三", "男", "13800000000", "a@b.cn", "上海"],
    ];
    const merges = [
      { firstRow: 0, lastRow: 0, firstCol: 0, lastCol: 4 },
      { firstRow: 1, lastRow: 2, firstCol: 0, lastCol: 0 },
      { firstRow: 1, lastRow: 2, firstCol: 1, lastCol: 1 },
      { firstRow: 1, lastRow: 1, firstCol: 2, lastCol: 3 },
      { firstRow: 1, lastRow: 2, firstCol: 4, lastCol: 4 },
    ];
    const found = findHeaderRow(rows, rosterHeaders, rosterIdentity, { merges });
    expect(found?.rowIndex).toBe(1);
    expect(found?.rowCount).toBe(2);
    expect(found?.columns.map((c) => [c.header, c.field])).toEqual([
      ["姓名", "name"],
      ["性别", "gender"],
      ["电话", "phone"],
      ["邮箱", "email"],
      ["现工作地", "location"],
    ]);
  });

  it("finds a two-row header in a CSV, where nothing says what was merged (需求情况 over 岗位, 人数)", () => {
    const rows = [
      ["企业名称", "需求情况", "", "学历要求"],
      ["", "岗位", "人数", ""],
      ["甲公司", "工程师", "3", "本科"],
    ];
    const found = findHeaderRow(rows, demandHeaders, demandRequired);
    expect(found?.rowCount).toBe(2);
    expect(found?.columns.map((c) => c.field)).toEqual([
      "employer",
      "position",
      "headcount",
      "education",
    ]);
  });

  it("joins upper and lower cells when only together they name a field (岗位 over 名称)", () => {
    const rows = [
      ["企业名称", "岗位", "", "学历"],
      ["", "名称", "数量", ""],
    ];
    const merges = [{ firstRow: 0, lastRow: 0, firstCol: 1, lastCol: 2 }];
    const found = findHeaderRow(rows, demandHeaders, demandRequired, { merges });
    expect(found?.columns.map((c) => [c.header, c.field])).toEqual([
      ["企业名称", "employer"],
      ["岗位/名称", "position"],
      ["数量", "headcount"],
      ["学历", "education"],
    ]);
  });

  it("keeps a one-row header when the row below is data", () => {
    const rows = [
      ["企业名称", "岗位名称", "需求人数", "备注"],
      ["甲公司", "工程师", "3", "电话"],
    ];
    expect(findHeaderRow(rows, demandHeaders, demandRequired)).toMatchObject({
      rowIndex: 0,
      rowCount: 1,
    });
  });

  it("takes the row under a title row as the header, not title and header as a pair", () => {
    const rows = [
      ["南乐县2024年上半年重点企业人才需求调查表", "", ""],
      ["企业名称", "岗位名称", "需求人数"],
      ["甲公司", "工程师", "3"],
    ];
    const merges = [{ firstRow: 0, lastRow: 0, firstCol: 0, lastCol: 2 }];
    expect(findHeaderRow(rows, demandHeaders, demandRequired, { merges })).toMatchObject({
      rowIndex: 1,
      rowCount: 1,
    });
  });

  it("takes a sub-header row that labels only unmapped columns as part of the header", () => {
    const rows = [
      ["企业名称", "岗位名称", "需求人数", "联系方式", ""],
      ["", "", "", "联系人", "电话"],
      ["甲公司", "工程师", "3", "李四", "0393-1234567"],
    ];
    const found = findHeaderRow(rows, demandHeaders, demandRequired);
    expect(found).toMatchObject({ rowIndex: 0, rowCount: 2 });
    expect(found?.columns.map((c) => c.header)).toEqual([
      "企业名称",
      "岗位名称",
      "需求人数",
      "联系人",
      "电话",
    ]);
  });

  it("reads a header merged down over two rows as one row of headers", () => {
    const rows = [
      ["企业名称", "岗位名称", "需求人数"],
      ["", "", ""],
      ["甲公司", "工程师", "3"],
    ];
    const merges = [0, 1, 2].map((c) => ({ firstRow: 0, lastRow: 1, firstCol: c, lastCol: c }));
    const found = findHeaderRow(rows, demandHeaders, demandRequired, { merges });
    expect(found).toMatchObject({ rowIndex: 0, rowCount: 2 });
    expect(found?.columns.map((c) => c.field)).toEqual(["employer", "position", "headcount"]);
  });
});

describe("mapHeaders, as properties", () => {
  const aliases = [...Object.values(demandHeaders).flat()];
  const decorate = fc
    .tuple(
      fc.constantFrom(...aliases),
      fc.constantFrom("", " ", "\u3000", "\u200b"),
      fc.constantFrom("", "*", "（人）", "(必填)"),
      fc.boolean(),
    )
    .map(([alias, space, mark, wide]) => {
      const spaced = [...alias].join(space) + mark;
      return wide
        ? spaced.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
        : spaced;
    });

  it("never throws, and maps a header and its NFKC form to the same field", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), decorate), (header) => {
        const field = demandField(header);
        expect(demandField(header.normalize("NFKC"))).toBe(field);
      }),
      { numRuns: 300 },
    );
  });

  it("finds the alias's field through spaces, marks, units and full width", () => {
    fc.assert(
      fc.property(decorate, (header) => {
        expect(demandField(header)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
