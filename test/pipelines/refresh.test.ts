import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { app } from "../../pipelines/app.ts";
import { memoryLog } from "../../src/log.ts";
import { executeRun, type RunRequest } from "../../src/runs/execute.ts";
import { queryRows, quoteIdent, quoteLiteral } from "../../src/warehouse/sql.ts";
import { withWarehouseFile } from "../helpers/warehouse.ts";
import {
  changeCountySmall,
  countySmallIn,
  countySmallRosterValues,
  scratchDir,
} from "../helpers/workspace.ts";

/**
 * `talentmap refresh` against `talentmap run` on county-small: what a refresh reads, what it
 * keeps, and that its reports are those of a full run on the same files.
 */
const scratch = scratchDir("refresh");

const clock = () => new Date("2026-11-21T02:00:00Z");

const setUp = (name: string) => countySmallIn(join(scratch, name));

function go(command: RunRequest["command"], place: { data: string; out: string; db: string }) {
  const log = memoryLog();
  const result = executeRun({
    app,
    command,
    ...place,
    lang: "zh",
    pdf: false,
    rejectsOk: false,
    log,
    now: clock,
    codeVersion: "test",
  });
  return result.then((r) => ({ ...r, log: log.lines }));
}

/** Every file of a folder: bytes, or for a workbook the text of its sheets (zip entries carry times). */
function contents(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const key = relative(dir, path);
    if (path.endsWith(".xlsx")) {
      const book = XLSX.read(readFileSync(path), { type: "buffer" });
      files.set(
        key,
        book.SheetNames.map((n) => XLSX.utils.sheet_to_csv(book.Sheets[n] as XLSX.WorkSheet)).join(
          "\n",
        ),
      );
    } else files.set(key, readFileSync(path, "latin1"));
  }
  return files;
}

/** The files that differ, or are in one folder only (short, where a diff of pages is not). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((name) => a.get(name) !== b.get(name));
}

function stamps(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const info = statSync(path);
    files.set(relative(dir, path), `${info.mtimeMs} ${info.size} ${info.ino}`);
  }
  return files;
}

function history(db: string) {
  return withWarehouseFile(db, (c) =>
    queryRows<{ run_id: number; outcome: string; files_read: number; files: number }>(
      c,
      "select run_id, outcome, files_read, files from runs order by run_id",
    ),
  );
}

describe("refresh", () => {
  it("after changes of every kind, writes what a full run on the same files writes", async () => {
    const place = setUp("incremental");
    const first = await go("refresh", place);
    expect(first.outcome).toBe("rejects");
    changeCountySmall(place.data);
    const second = await go("refresh", place);
    expect(second.outcome).toBe("rejects");
    expect(second.changes.map((c) => [c.file, c.change])).toEqual([
      ["rosters/人社局.csv", "removed"],
      ["surveys/2024H1/需求.csv", "changed"],
      ["surveys/2025H1/新增.csv", "added"],
    ]);
    const full = {
      data: place.data,
      out: join(place.dir, "full"),
      db: join(place.dir, "full.duckdb"),
    };
    await go("run", full);
    expect(differences(contents(place.out), contents(full.out))).toEqual([]);

    const summary = JSON.parse(readFileSync(join(place.out, "summary.json"), "utf8"));
    expect(summary.inputs.map((i: { file: string }) => i.file)).toEqual([
      "rosters/组织部.xlsx",
      "surveys/2024H1/需求.csv",
      "surveys/2024H2/需求.xlsx",
      "surveys/2025H1/新增.csv",
    ]);
    expect(summary.waves).toEqual(["2024H1", "2024H2", "2025H1"]);
    // The unchanged 2024H2 workbook was not read again; the changed and new waves and the
    // rosters were.
    const runs = await history(place.db);
    expect(runs.map((r) => [r.outcome, r.files_read, r.files])).toEqual([
      ["rejects", 4, 4],
      ["rejects", 3, 4],
    ]);
  });

  it("with nothing changed, runs no stage and leaves every report file as it was", async () => {
    const place = setUp("unchanged");
    await go("refresh", place);
    const before = stamps(place.out);
    const again = await go("refresh", place);
    expect(again.outcome).toBe("unchanged");
    expect(again.stages).toEqual([]);
    expect(again.exitCode).toBe(3); // the reports it keeps hold rejects
    expect(again.seconds).toBeLessThan(5);
    expect(stamps(place.out)).toEqual(before);
    expect(again.log.join("\n")).toContain("nothing changed");
    expect((await history(place.db)).map((r) => r.outcome)).toEqual(["rejects", "unchanged"]);
  });

  it("runs again when a setting changes, or the reports are gone", async () => {
    const place = setUp("settings");
    await go("refresh", place);
    const chains = join(place.data, "chains.json");
    writeFileSync(chains, readFileSync(chains, "utf8").replace("生物基材料", "生物基新材料"));
    expect((await go("refresh", place)).outcome).toBe("rejects");
    const summary = JSON.parse(readFileSync(join(place.out, "summary.json"), "utf8"));
    expect(summary.chains.map((c: { name: string }) => c.name)).toContain("生物基新材料");
    writeFileSync(join(place.data, "aliases.csv"), "kind,raw,canonical\neducation,硕博连读,博士\n");
    expect((await go("refresh", place)).outcome).toBe("rejects");
    rmSync(place.out, { recursive: true });
    expect((await go("refresh", place)).outcome).toBe("rejects");
    expect(statSync(join(place.out, "summary.json")).isFile()).toBe(true);
  });

  it("`run` always reads every file and writes the reports", async () => {
    const place = setUp("run");
    await go("run", place);
    const again = await go("run", place);
    expect(again.outcome).toBe("rejects");
    expect((await history(place.db)).map((r) => r.files_read)).toEqual([4, 4]);
  });

  it("keeps no roster row in the warehouse between runs", async () => {
    const place = setUp("privacy");
    await go("refresh", place);
    const personal = countySmallRosterValues("姓名", "身份证号", "联系电话");
    expect(personal.length).toBeGreaterThan(5);
    const tables = await withWarehouseFile(place.db, async (c) => {
      // No text cell of any table holds one of them, whatever the file's compression.
      const columns = await queryRows<{ t: string; c: string }>(
        c,
        "select table_name as t, column_name as c from duckdb_columns() where not internal and data_type = 'VARCHAR'",
      );
      expect(columns.length).toBeGreaterThan(0);
      for (const { t, c: column } of columns) {
        const hit = personal.map((v) => `contains(${quoteIdent(column)}, ${quoteLiteral(v)})`);
        const [found] = await queryRows<{ n: number }>(
          c,
          `select count(*)::integer as n from ${quoteIdent(t)} where ${hit.join(" or ")}`,
        );
        expect(found?.n, `${t}.${column}`).toBe(0);
      }
      return queryRows<{ t: string }>(
        c,
        "select table_name as t from duckdb_tables() where not internal",
      );
    });
    expect(tables.map((t) => t.t)).not.toContain("roster_rows");
    // The roster people's names, phones and ID numbers are nowhere in the file.
    const bytes = readFileSync(place.db);
    for (const value of ["张一", "13800000001", "410923198503150016"]) {
      expect(bytes.includes(Buffer.from(value)), value).toBe(false);
    }
  });
});
