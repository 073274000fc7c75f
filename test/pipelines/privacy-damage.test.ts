import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { app } from "../../pipelines/app.ts";
import { formatStatus } from "../../src/cli/status.ts";
import { maxCellCharacters, maxRecordBytes } from "../../src/limits.ts";
import { createLog } from "../../src/log.ts";
import { executeRun } from "../../src/runs/execute.ts";
import { readStatus } from "../../src/runs/status.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { idNumber, type Person, renderings } from "../helpers/personal.ts";
import { withWarehouseFile } from "../helpers/warehouse.ts";
import { scratchDir } from "../helpers/workspace.ts";

/**
 * Issue 12, part A, as a property: whatever damage a roster CSV carries (a lone CR, mixed line
 * ends, a line of over a megabyte, an open quote, a NUL byte, a file cut short, rows with too
 * few or too many cells, a cell over Excel's limit), the run completes (exit 0 or 3, never 1),
 * every row read is counted, and no name, phone, ID number, e-mail or birth date of the roster
 * reaches the text log, the JSON log, the runs table, `status` (text and JSON) or any output.
 */
const scratch = scratchDir("privacy-damage");

// Characters that occur in no vocabulary, chain or page text, so a hit is a leak.
const surnames = [..."龚阙琚钮鞠禚逯隗亓蒯嵇滕"];
const givens = [..."紫嫣澍珅萱昊芷瑾璇珂琰翊骞彧珩"];

const personArb: fc.Arbitrary<Person> = fc
  .record({
    surname: fc.constantFrom(...surnames),
    given: fc.array(fc.constantFrom(...givens), { minLength: 1, maxLength: 2 }),
    year: fc.integer({ min: 1960, max: 1999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    serial: fc.integer({ min: 100, max: 999 }),
    phone: fc.integer({ min: 300_000_000, max: 999_999_999 }),
    mail: fc.stringMatching(/^[a-z]{5,9}[0-9]{2}$/),
  })
  .map((p) => {
    const mm = String(p.month).padStart(2, "0");
    const dd = String(p.day).padStart(2, "0");
    return {
      name: p.surname + p.given.join(""),
      birth: `${p.year}-${mm}-${dd}`,
      id: idNumber(`410923${p.year}${mm}${dd}${p.serial}`),
      phone: `13${p.phone}`,
      email: `${p.mail}@example.cn`,
    };
  });

type Damage =
  | { kind: "strayCr"; row: number; at: number }
  | { kind: "mixedEnds"; ends: string[] }
  | { kind: "hugeLine"; row: number }
  | { kind: "openQuote"; row: number; cell: number }
  | { kind: "nul"; row: number; at: number }
  | { kind: "truncate"; at: number }
  | { kind: "cells"; row: number; delta: number }
  | { kind: "longCell"; row: number };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("strayCr"), row: fc.nat(), at: fc.nat() }),
  fc.record({
    kind: fc.constant("mixedEnds"),
    ends: fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 10, maxLength: 10 }),
  }),
  fc.record({ kind: fc.constant("hugeLine"), row: fc.nat() }),
  fc.record({ kind: fc.constant("openQuote"), row: fc.nat(), cell: fc.nat() }),
  fc.record({ kind: fc.constant("nul"), row: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant("truncate"), at: fc.nat() }),
  fc.record({ kind: fc.constant("cells"), row: fc.nat(), delta: fc.constantFrom(-3, -1, 1, 4) }),
  fc.record({ kind: fc.constant("longCell"), row: fc.nat() }),
) as fc.Arbitrary<Damage>;

const header = [
  "姓名",
  "出生日期",
  "身份证号",
  "联系电话",
  "电子邮箱",
  "工作单位",
  "现工作地",
  "最高学历",
];

function cellsOf(p: Person): string[] {
  return [p.name, p.birth, p.id, p.phone, p.email, "甲生物科技有限公司", "上海市浦东新区", "硕士"];
}

/** The roster as text with the damage done; the rows are built as cells, then joined. */
function damagedRoster(people: Person[], damage: Damage[]): string {
  const rows = [header, ...people.map(cellsOf)];
  const pick = (n: number) => 1 + (n % (rows.length - 1));
  const row = (n: number) => rows[pick(n)] as string[];
  let ends = rows.map(() => "\r\n");
  for (const d of damage) {
    if (d.kind === "hugeLine") row(d.row).push("x".repeat(maxRecordBytes + 10));
    if (d.kind === "longCell") {
      const r = row(d.row);
      r[5] = `${r[0]}${"长".repeat(maxCellCharacters)}`;
    }
    if (d.kind === "openQuote") {
      const r = row(d.row);
      const at = d.cell % r.length;
      r[at] = `"${r[at]}`;
    }
    if (d.kind === "cells") {
      const r = row(d.row);
      if (d.delta < 0) r.splice(r.length + d.delta);
      else r.push(...Array.from({ length: d.delta }, (_, i) => `多${i}`));
    }
    if (d.kind === "mixedEnds") ends = rows.map((_, i) => d.ends[i % d.ends.length] as string);
  }
  const lines = rows.map((r) => r.join(","));
  for (const d of damage) {
    if (d.kind !== "strayCr" && d.kind !== "nul") continue;
    const i = pick(d.row);
    const line = lines[i] as string;
    const at = 1 + (d.at % Math.max(1, line.length - 1));
    lines[i] = `${line.slice(0, at)}${d.kind === "nul" ? "\0" : "\r"}${line.slice(at)}`;
  }
  let text = lines.map((l, i) => l + ends[i]).join("");
  for (const d of damage) {
    if (d.kind === "truncate")
      text = text.slice(0, header.join(",").length + 2 + (d.at % text.length));
  }
  return text;
}

function outputText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      if (!path.endsWith(".xlsx")) return readFileSync(path, "utf8");
      const book = XLSX.read(readFileSync(path), { type: "buffer" });
      return book.SheetNames.map((n) =>
        XLSX.utils.sheet_to_csv(book.Sheets[n] as XLSX.WorkSheet),
      ).join("\n");
    })
    .join("\n");
}

let runs = 0;

describe("privacy under damage: a damaged roster CSV leaks nothing and stops nothing", () => {
  it("holds for random rosters with random damage", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(personArb, { minLength: 2, maxLength: 6, selector: (p) => p.name }),
        fc.array(damageArb, { minLength: 1, maxLength: 3 }),
        async (people, damage) => {
          const dir = join(scratch, `run-${runs++}`);
          const data = join(dir, "data");
          const out = join(dir, "reports");
          const db = join(dir, "reports.duckdb");
          mkdirSync(join(data, "rosters"), { recursive: true });
          mkdirSync(join(data, "surveys", "2024H1"), { recursive: true });
          writeFileSync(
            join(data, "chains.json"),
            JSON.stringify({
              chains: [{ id: "bio", name: "生物基材料", sectors: [], keywords: ["发酵"] }],
            }),
          );
          writeFileSync(
            join(data, "surveys", "2024H1", "需求.csv"),
            "企业名称,所属产业链,岗位名称,学历要求,需求人数\n甲生物,生物基材料,发酵工程师,硕士,3\n",
          );
          writeFileSync(join(data, "rosters", "人社局.csv"), damagedRoster(people, damage));
          writeFileSync(
            join(data, "rosters", "组织部.csv"),
            `\uFEFF${header.join(",")}\n${people.map((p) => cellsOf(p).join(",")).join("\n")}\n`,
          );

          const logged: string[] = [];
          const stream = { write: (text: string) => logged.push(text) };
          const [text, json] = [
            createLog({ format: "text", stream }),
            createLog({ format: "json", stream }),
          ];
          const logs = [text, json];
          const log = {
            stage: (name: string, detail: string) => {
              for (const l of logs) l.stage(name, detail);
            },
            info: (m: string) => {
              for (const l of logs) l.info(m);
            },
            warn: (m: string) => {
              for (const l of logs) l.warn(m);
            },
            event: (name: string, fields: Record<string, unknown>) => json.event?.(name, fields),
          };
          let exitCode: number;
          try {
            exitCode = (
              await executeRun({
                app,
                command: "run",
                data,
                out,
                db,
                lang: "zh",
                pdf: false,
                rejectsOk: false,
                log: log as Parameters<typeof executeRun>[0]["log"],
                codeVersion: "test",
              })
            ).exitCode;
          } catch (error) {
            throw new Error(`the run failed: ${(error as Error).message.slice(0, 300)}`);
          }
          expect([0, 3]).toContain(exitCode);
          const tables = await withWarehouseFile(db, async (conn) => ({
            runs: await queryRows(conn, "select * from runs"),
            files: await queryRows<{
              file: string;
              rows_read: number;
              rows_loaded: number;
              rows_rejected: number;
              error: string | null;
            }>(conn, "select file, rows_read, rows_loaded, rows_rejected, error from input_files"),
          }));
          for (const f of tables.files) expect(f.rows_read).toBe(f.rows_loaded + f.rows_rejected);
          // Every damage has a reason of its own: "unreadable" would mean an error no check foresaw.
          expect(tables.files.filter((f) => f.error === "unreadable_file")).toEqual([]);
          const status = await readStatus({ workspace: data, warehouse: db, runs: 10 });
          const surfaces = {
            logs: logged.join(""),
            runs: JSON.stringify(tables.runs, (_, v) => (typeof v === "bigint" ? Number(v) : v)),
            status: `${JSON.stringify(status)}\n${formatStatus(status)}`,
            outputs: outputText(out),
          };
          for (const value of people.flatMap(renderings)) {
            for (const [where, content] of Object.entries(surfaces))
              expect(
                content,
                `${value} in ${where} (damage ${JSON.stringify(damage).slice(0, 200)})`,
              ).not.toContain(value);
          }
        },
      ),
      { numRuns: 15 },
    );
    // Fifteen whole runs: about 30 s alone, two to three times that beside another test file
    // on two cores.
  }, 400_000);
});
