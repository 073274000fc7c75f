import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { ingest } from "../../pipelines/ingest.ts";
import { runStage } from "../../pipelines/stage.ts";
import { redactedMessage, UserError } from "../../src/errors.ts";
import { maxCellCharacters, maxColumns, maxRecordBytes } from "../../src/limits.ts";
import type { Lang } from "../../src/messages/lang.ts";
import { rejectReasons } from "../../src/messages/rejects.ts";
import { openWarehouse } from "../../src/warehouse/connect.ts";
import { queryRows, type Row } from "../../src/warehouse/sql.ts";
import { loadWorkspace } from "../../src/workspace/load.ts";
import { talentmapIn } from "../helpers/cli.ts";
import { testContext } from "../helpers/context.ts";
import { withWarehouseFile } from "../helpers/warehouse.ts";
import { scratchDir } from "../helpers/workspace.ts";

/**
 * Issue 12, part A: a CSV DuckDB cannot read as it stands (a lone CR, mixed line breaks, a
 * line of megabytes, 20,000 columns, a 40,000-character cell, an open quote) never stops the
 * run and never puts a roster line into an error: each damaged row, or the file, is set aside
 * with a reason, and every row read is counted.
 */
const scratch = scratchDir("hardening-csv");

/** GB 11643: the ID number of a 17-digit body, its check character right or wrong. */
function idNumber(body: string, valid = true): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  const check = "10X98765432"[sum % 11] ?? "0";
  return body + (valid ? check : check === "0" ? "1" : "0");
}

const person = {
  name: "龚紫嫣",
  phone: "13712345671",
  email: "gongziyan85@example.cn",
  id: idNumber("41092319850315004"),
};
const other = {
  name: "欧阳澍",
  phone: "15898765432",
  email: "ouyang.shu@example.org",
  id: idNumber("11010819791102003"),
};
const personal = [person, other].flatMap((p) => [p.name, p.phone, p.email, p.id]);

const rosterHeader = "姓名,工作单位,联系电话,电子邮箱,身份证号,现工作地,最高学历";
const rosterRow = (p: typeof person, employer = "甲生物科技有限公司") =>
  `${p.name},${employer},${p.phone},${p.email},${p.id},上海市浦东新区,硕士`;
const plainRow = (i: number) => `张${i},乙公司,,,,北京,本科`;

const demandHeader = "企业名称,所属产业链,岗位名称,学历要求,需求人数";

let workspaces = 0;
/** A workspace with one chain, a good survey and the files given (relative path → content). */
function workspace(files: Record<string, string | Buffer>): string {
  const dir = join(scratch, `ws-${workspaces++}`);
  const data = join(dir, "data");
  mkdirSync(join(data, "surveys", "2024H1"), { recursive: true });
  mkdirSync(join(data, "rosters"), { recursive: true });
  writeFileSync(
    join(data, "chains.json"),
    JSON.stringify({ chains: [{ id: "bio", name: "生物基材料", sectors: [], keywords: [] }] }),
  );
  writeFileSync(
    join(data, "surveys", "2024H1", "需求.csv"),
    `${demandHeader}\n甲生物,生物基材料,发酵工程师,硕士,3\n`,
  );
  for (const [path, content] of Object.entries(files)) writeFileSync(join(data, path), content);
  return dir;
}

interface Ingested {
  files: {
    file: string;
    rows_read: number;
    rows_loaded: number;
    rows_rejected: number;
    error: string | null;
  }[];
  rejects: {
    file: string;
    row_number: number | null;
    column_name: string | null;
    value: string | null;
    reason_code: string;
    reason: string;
  }[];
  log: string[];
}

/** Ingest alone over a workspace, as a run does it (files, rejects and the log). */
async function ingested(
  dir: string,
  lang: Lang = "zh",
  wrap: (db: DuckDBConnection) => DuckDBConnection = (db) => db,
): Promise<Ingested> {
  const warehouse = await openWarehouse(join(dir, "ingest.duckdb"));
  try {
    const db = wrap(warehouse.connection);
    const ctx = { ...testContext(db, { lang }), workspace: loadWorkspace(join(dir, "data")) };
    await runStage(ingest, ctx);
    const q = <T extends Row>(sql: string) => queryRows<T>(warehouse.connection, sql);
    return {
      files: await q(
        "select file, rows_read, rows_loaded, rows_rejected, error from input_files order by file",
      ),
      rejects: await q(
        "select file, row_number, column_name, value, reason_code, reason from rejects order by all",
      ),
      log: ctx.log.lines,
    };
  } finally {
    warehouse.close();
  }
}

const fileOf = (r: Ingested, file: string) => r.files.find((f) => f.file === file);
const rejectsOf = (r: Ingested, file: string) =>
  r.rejects.filter((x) => x.file === file).map((x) => [x.row_number, x.reason_code]);

function expectCounted(r: Ingested): void {
  for (const f of r.files) expect(f.rows_read, f.file).toBe(f.rows_loaded + f.rows_rejected);
}

function expectNothingPersonal(text: string, where: string): void {
  for (const value of personal) expect(text, `${value} in ${where}`).not.toContain(value);
}

describe("a roster with a lone CR in a cell, run from the command line", () => {
  // The case: CRLF line ends and one CR inside a 工作单位 cell, in front of the phone
  // and e-mail. DuckDB took the CR for a line break, failed, and printed the line: exit 1.
  const dir = workspace({
    "rosters/人社局.csv": `${[rosterHeader, rosterRow(other), rosterRow(person, "甲生物\r科技"), plainRow(4)].join("\r\n")}\r\n`,
  });
  const data = join(dir, "data");
  const out = join(dir, "reports");

  it("sets the row aside, reads the rest, exits 3, and prints, logs and records no personal value", async () => {
    const json = talentmapIn(scratch, "run", "--data", data, "--out", out, "--log", "json");
    expect(json.status, json.stderr).toBe(3);
    const text = talentmapIn(scratch, "run", "--data", data, "--out", out);
    expect(text.status, text.stderr).toBe(3);
    const status = talentmapIn(scratch, "status", "--data", data, "--out", out, "--json");
    expect(status.status, status.stderr).toBe(0);

    const runEnd = json.stderr
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((r) => r.event === "run-end");
    expect(runEnd?.outcome).toBe("rejects");
    const runs = await withWarehouseFile(`${out}.duckdb`, (db) =>
      queryRows<{ outcome: string; error: string | null }>(
        db,
        "select outcome, error from runs order by run_id",
      ),
    );
    expect(runs).toEqual([
      { outcome: "rejects", error: null },
      { outcome: "rejects", error: null },
    ]);
    const rejects = readFileSync(join(out, "rejects.csv"), "utf8");
    expect(rejects).toContain(`rosters/人社局.csv,,3,,,${rejectReasons.stray_carriage_return.zh}`);

    expectNothingPersonal(json.stderr + json.stdout, "the json log");
    expectNothingPersonal(text.stderr + text.stdout, "the text log");
    expectNothingPersonal(status.stdout, "status --json");
    expectNothingPersonal(JSON.stringify(runs), "the runs table");
    for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.endsWith(".xlsx")) continue;
      const path = join(entry.parentPath, entry.name);
      expectNothingPersonal(readFileSync(path, "utf8"), path);
    }
  }, 90_000);
});

describe("damaged rows of a CSV are set aside one by one, counted, and the rows after keep their numbers", () => {
  it("mixed LF, CR and CRLF line ends: a CR that ends a whole row is a line break", async () => {
    // Row 2 ends with a lone CR, row 3 with CRLF, row 4 with LF: each a whole row, read as
    // DuckDB and Excel read them; row 5 has a bad ID number, reported as row 5.
    const badId = idNumber(person.id.slice(0, 17), false);
    const text = `${rosterHeader}\n${plainRow(2)}\r${plainRow(3)}\r\n${plainRow(4)}\n张五,丙公司,,,${badId},南京,本科\n`;
    const r = await ingested(workspace({ "rosters/混合.csv": text }));
    expect(rejectsOf(r, "rosters/混合.csv")).toEqual([[5, "bad_id_number"]]);
    expect(fileOf(r, "rosters/混合.csv")).toMatchObject({ rows_read: 4, rows_rejected: 1 });
    expectCounted(r);
  });

  it("mixed line ends that made DuckDB fail (CRLF, CR, LF, CRLF, LF): every row read", async () => {
    const rows = [rosterHeader, rosterRow(person), rosterRow(other), plainRow(4), plainRow(5)];
    const ends = ["\r\n", "\r", "\n", "\r\n", "\n"];
    const r = await ingested(
      workspace({ "rosters/混合.csv": rows.map((row, i) => row + ends[i]).join("") }),
    );
    expect(fileOf(r, "rosters/混合.csv")).toMatchObject({ rows_read: 4, rows_loaded: 4 });
    expectNothingPersonal(JSON.stringify(r), "ingest's tables and log");
  });

  it("a lone CR inside a cell sets its row aside; with mixed line ends, the rows after keep Excel's numbers", async () => {
    const badId = idNumber(person.id.slice(0, 17), false);
    const split = rosterRow(person, "甲生物\r科技");
    const text = `${rosterHeader}\n${plainRow(2)}\r${plainRow(3)}\r\n${split}\n张五,丙公司,,,${badId},南京,本科\n${plainRow(6)}\r\n`;
    const r = await ingested(workspace({ "rosters/混合.csv": text }));
    expect(rejectsOf(r, "rosters/混合.csv")).toEqual([
      [4, "stray_carriage_return"],
      [5, "bad_id_number"],
    ]);
    expect(fileOf(r, "rosters/混合.csv")).toMatchObject({ rows_read: 5, rows_rejected: 2 });
    expectCounted(r);
    expectNothingPersonal(JSON.stringify(r), "ingest's tables and log");
  });

  it("a file whose every line ends in CR alone (Excel's CSV for Macintosh) is read whole", async () => {
    const badId = idNumber(other.id.slice(0, 17), false);
    const text = `${rosterHeader}\r${plainRow(2)}\r张三,丙公司,,,${badId},南京,本科\r${plainRow(4)}\r`;
    const r = await ingested(workspace({ "rosters/mac.csv": text }));
    expect(rejectsOf(r, "rosters/mac.csv")).toEqual([[3, "bad_id_number"]]);
    expect(fileOf(r, "rosters/mac.csv")).toMatchObject({ rows_read: 3, rows_loaded: 2 });
  });

  it("a line over the bound in the middle of a survey, and a bad row after it", async () => {
    const long = `乙公司,生物基材料,${"长".repeat(Math.ceil(maxRecordBytes / 3) + 10)},本科,2`;
    const text = `${demandHeader}\n丙公司,生物基材料,技工,大专,1\n${long}\n丁公司,生物基材料,质检员,本科,若干\n戊公司,生物基材料,文员,本科,1\n`;
    const r = await ingested(workspace({ "surveys/2024H1/长行.csv": text }));
    expect(rejectsOf(r, "surveys/2024H1/长行.csv")).toEqual([
      [3, "record_too_long"],
      [4, "bad_headcount"],
    ]);
    expect(fileOf(r, "surveys/2024H1/长行.csv")).toMatchObject({
      rows_read: 4,
      rows_loaded: 2,
      rows_rejected: 2,
      error: null,
    });
    expectCounted(r);
    const reject = r.rejects.find((x) => x.reason_code === "record_too_long");
    expect(reject?.value ?? null).toBeNull();
  });

  it("a last line over the bound, with no line break after it, is counted and rejected, not lost", async () => {
    const tail = `${other.name},${"x".repeat(maxRecordBytes + 1)},${other.phone},,,,`;
    const text = `${rosterHeader}\r\n${rosterRow(person)}\r\n${tail}`;
    const r = await ingested(workspace({ "rosters/末行.csv": text }));
    expect(rejectsOf(r, "rosters/末行.csv")).toEqual([[3, "record_too_long"]]);
    expect(fileOf(r, "rosters/末行.csv")).toMatchObject({ rows_read: 2, rows_rejected: 1 });
    expectCounted(r);
    expectNothingPersonal(JSON.stringify(r), "ingest's tables and log");
  });

  it("a UTF-16 roster with a lone CR: transcoded, the row set aside in the copy too", async () => {
    const text = `${[rosterHeader, rosterRow(person, "甲\r乙"), rosterRow(other)].join("\r\n")}\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const r = await ingested(workspace({ "rosters/u16.csv": bytes }));
    expect(rejectsOf(r, "rosters/u16.csv")).toEqual([[2, "stray_carriage_return"]]);
    expect(fileOf(r, "rosters/u16.csv")).toMatchObject({ rows_read: 2, rows_loaded: 1 });
  });
});

describe("a cell over Excel's limit rejects its row, and the reject does not carry the cell", () => {
  const cell = "长".repeat(maxCellCharacters + 1);

  it("shows the start of a survey's cell and its length", async () => {
    const text = `${demandHeader}\n乙公司,生物基材料,${cell},本科,2\n丙公司,生物基材料,技工,大专,若干\n`;
    const r = await ingested(workspace({ "surveys/2024H1/长格.csv": text }));
    expect(rejectsOf(r, "surveys/2024H1/长格.csv")).toEqual([
      [2, "cell_too_long"],
      [3, "bad_headcount"],
    ]);
    const reject = r.rejects.find((x) => x.reason_code === "cell_too_long");
    expect(reject?.column_name).toBe("岗位名称");
    expect(reject?.value).toBe(`${"长".repeat(20)}…（共 ${maxCellCharacters + 1} 字）`);
    expectCounted(r);
  });

  it("hides a roster's cell, whatever its column", async () => {
    const text = `${rosterHeader}\n${person.name},${cell},${person.phone},,,上海,硕士\n${plainRow(3)}\n`;
    const r = await ingested(workspace({ "rosters/长格.csv": text }), "en");
    const reject = r.rejects.find((x) => x.reason_code === "cell_too_long");
    expect(reject).toMatchObject({ row_number: 2, value: "(personal, hidden)" });
    expect(reject?.reason).toBe(rejectReasons.cell_too_long.en);
    expect(fileOf(r, "rosters/长格.csv")).toMatchObject({ rows_read: 2, rows_loaded: 1 });
  });
});

describe("a CSV that cannot be read as rows is set aside whole with a reason that says why", () => {
  it("20,000 columns: too many columns, not an empty file (zh and en)", async () => {
    const header = ["姓名", "联系电话", ...Array.from({ length: 20_000 }, (_, i) => `列${i}`)].join(
      ",",
    );
    const row = [person.name, person.phone, ...Array.from({ length: 20_000 }, () => "x")].join(",");
    const dir = workspace({ "rosters/宽.csv": `${header}\n${row}\n` });
    for (const lang of ["zh", "en"] as const) {
      const r = await ingested(dir, lang);
      expect(fileOf(r, "rosters/宽.csv")?.error).toBe("too_many_columns");
      const reject = r.rejects.find((x) => x.file === "rosters/宽.csv");
      expect(reject?.reason).toBe(rejectReasons.too_many_columns[lang]);
      expect(reject?.reason).toContain(String(maxColumns));
      expectNothingPersonal(JSON.stringify(r), "ingest's tables and log");
    }
  });

  it("no line break in the first megabyte: said so, not taken for an empty file", async () => {
    const text = `${rosterHeader},${"x".repeat(maxRecordBytes + 10)}\n${rosterRow(person)}\n`;
    const r = await ingested(workspace({ "rosters/一行.csv": text }), "en");
    expect(fileOf(r, "rosters/一行.csv")?.error).toBe("no_line_breaks");
    expect(r.rejects.find((x) => x.file === "rosters/一行.csv")?.reason).toBe(
      rejectReasons.no_line_breaks.en,
    );
  });

  it("a quote opened and never closed", async () => {
    const text = `${rosterHeader}\n${rosterRow(person)}\n${other.name},"乙公司,${other.phone},,,北京,本科\n${plainRow(4)}\n`;
    const r = await ingested(workspace({ "rosters/引号.csv": text }));
    expect(fileOf(r, "rosters/引号.csv")).toMatchObject({ error: "unclosed_quote", rows_read: 0 });
  });

  it("a quote inside a cell is text, as DuckDB reads it: the file is read", async () => {
    const text = `${demandHeader}\n乙公司,生物基材料,5"螺丝工,本科,2\n`;
    const r = await ingested(workspace({ "surveys/2024H1/英寸.csv": text }));
    expect(fileOf(r, "surveys/2024H1/英寸.csv")).toMatchObject({ error: null, rows_loaded: 1 });
  });

  it("any error while reading a file (DuckDB's, quoting the line) sets that file aside; the others are read", async () => {
    const line = `Original Line: ${rosterRow(person)}`;
    // A connection whose read_csv of one roster fails as DuckDB does, line and all.
    const failing = (db: DuckDBConnection) =>
      new Proxy(db, {
        get(target, key) {
          const value = Reflect.get(target, key, target);
          if (key !== "run") return typeof value === "function" ? value.bind(target) : value;
          return (sql: string, ...rest: unknown[]) =>
            sql.includes("read_csv(") && sql.includes("坏.csv")
              ? Promise.reject(new Error(`Invalid Input Error: CSV Error on Line: 2\n${line}\n`))
              : (value as (...a: unknown[]) => unknown).call(target, sql, ...rest);
        },
      });
    const dir = workspace({
      "rosters/坏.csv": `${rosterHeader}\n${rosterRow(person)}\n`,
      "rosters/好.csv": `${rosterHeader}\n${rosterRow(other)}\n`,
    });
    const r = await ingested(dir, "zh", failing);
    expect(fileOf(r, "rosters/坏.csv")).toMatchObject({ error: "unreadable_file", rows_read: 0 });
    expect(fileOf(r, "rosters/好.csv")).toMatchObject({ error: null, rows_loaded: 1 });
    expect(r.log.join("\n")).toContain("rosters/坏.csv");
    expect(r.log.join("\n")).toContain("[Invalid Input Error]");
    expectNothingPersonal(JSON.stringify(r), "ingest's tables and log");
    expectCounted(r);
  });
});

describe("redactedMessage, the second line of defence", () => {
  it("keeps only the first line of an unexpected error, without quoted or personal values", () => {
    const duckdb = new Error(
      `Invalid Input Error: CSV Error on Line: 4\nOriginal Line: ${rosterRow(person)}\nPossible Solution: …`,
    );
    expect(redactedMessage(duckdb)).toBe("Invalid Input Error: CSV Error on Line: 4");
    const inline = new Error(
      `Conversion Error: '${person.name}' at ${person.phone} <${person.email}> ${person.id} "${other.name}" born 1985-03-15 ${other.name}`,
    );
    const redacted = redactedMessage(inline);
    expectNothingPersonal(redacted, "the message");
    expect(redacted).not.toContain("1985-03-15");
    expect(redacted).toContain("Conversion Error");
  });

  it("keeps a UserError's message, which is ours", () => {
    expect(redactedMessage(new UserError("cannot open '/data/人社局.csv'"))).toBe(
      "cannot open '/data/人社局.csv'",
    );
  });
});
