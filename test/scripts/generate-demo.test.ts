import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import type { FileManifest, Manifest } from "../../scripts/demo/manifest.ts";
import { generateWorkspace } from "../../scripts/demo/workspace.ts";

// Check digits are recomputed here, independently of the generator's own code.
function idNumberValid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(id[i]), 0);
  return "10X98765432"[sum % 11] === id[17];
}

function creditCodeValid(code: string): boolean {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (code.length !== 18 || [...code].some((char) => !charset.includes(char))) return false;
  const sum = weights.reduce((acc, weight, i) => acc + weight * charset.indexOf(code[i] ?? ""), 0);
  return charset[(31 - (sum % 31)) % 31] === code[17];
}

const COMMITTED = fileURLToPath(new URL("../../data", import.meta.url));
const SMALL = { seed: 7, people: 60, demand: 30 };
const DEFAULTS = { seed: 20241, people: 1000, demand: 300 };
const dirs: string[] = [];
let a: string;
let b: string;
let c: string;
let full: string;
let manifest: Manifest;
let fullManifest: Manifest;

beforeAll(() => {
  [a, b, c, full] = [0, 1, 2, 3].map(() => mkdtempSync(join(tmpdir(), "talentmap-demo-"))) as [
    string,
    string,
    string,
    string,
  ];
  dirs.push(a, b, c, full);
  manifest = generateWorkspace({ out: a, ...SMALL });
  generateWorkspace({ out: b, ...SMALL });
  generateWorkspace({ out: c, ...SMALL, seed: 8 });
  fullManifest = generateWorkspace({ out: full, ...DEFAULTS });
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The workspace's files; `.talentmap/` is what a run keeps there (its secret), not input. */
function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
    })
    .sort();
}

/** Every row of the data sheet (or CSV), as strings; a blank row is all "". */
function readRows(root: string, file: FileManifest): string[][] {
  const bytes = readFileSync(join(root, file.file));
  if (file.format === "csv") {
    let text: string;
    if (file.encoding === "gb18030") {
      expect(bytes.subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } else {
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      text = bytes.toString("utf8").slice(1);
    }
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
    const rows = parsed.data;
    if (rows.length > 0 && rows[rows.length - 1]?.join("") === "") rows.pop();
    return rows;
  }
  const sheet = XLSX.read(bytes).Sheets[file.sheet ?? ""];
  if (sheet === undefined) throw new Error(`no sheet ${file.sheet} in ${file.file}`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: true,
    blankrows: true,
    defval: "",
  });
  return rows.map((row) => row.map((cell) => String(cell ?? "")));
}

function xlsxContents(path: string): Record<string, unknown[][]> {
  const workbook = XLSX.read(readFileSync(path));
  return Object.fromEntries(
    workbook.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name] as XLSX.WorkSheet, {
        header: 1,
        raw: true,
        blankrows: true,
      }),
    ]),
  );
}

const isNote = (row: string[]) => /^(填表说明|注|备注)[：:]/.test(row[0] ?? "");
const isBlank = (row: string[]) => row.every((cell) => cell.trim() === "");

/** Data rows under the header, with their Excel row numbers. */
function dataRows(
  root: string,
  file: FileManifest,
): { row: number; cells: Record<string, string> }[] {
  const rows = readRows(root, file);
  const header = rows[file.headerRow - 1] ?? [];
  return rows.slice(file.headerRow).flatMap((cells, index) =>
    isBlank(cells) || isNote(cells)
      ? []
      : [
          {
            row: file.headerRow + index + 1,
            cells: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])),
          },
        ],
  );
}

function column(cells: Record<string, string>, ...names: string[]): string {
  for (const name of names) if (name in cells) return cells[name] ?? "";
  return "";
}

describe("generate-demo", () => {
  it("gives the same files for the same seed, byte for byte", () => {
    const files = listFiles(a);
    expect(files).toEqual(listFiles(b));
    expect(files).toEqual(
      expect.arrayContaining([
        "talentmap.json",
        "chains.json",
        "README.md",
        "expected.json",
        ...manifest.files.map((file) => file.file),
      ]),
    );
    for (const file of files) {
      if (file.endsWith(".xlsx")) {
        expect(xlsxContents(join(a, file)), file).toEqual(xlsxContents(join(b, file)));
      }
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    }
  });

  it("gives different data for a different seed", () => {
    const csv = manifest.files.filter((file) => file.format === "csv").map((file) => file.file);
    for (const file of csv) {
      expect(readFileSync(join(a, file)).equals(readFileSync(join(c, file))), file).toBe(false);
    }
  });

  it.skipIf(!existsSync(COMMITTED))("is what data/ holds (else run npm run demo:generate)", () => {
    const files = listFiles(full);
    expect(listFiles(COMMITTED)).toEqual(files);
    for (const file of files) {
      if (file.endsWith(".xlsx")) {
        expect(xlsxContents(join(COMMITTED, file)), file).toEqual(xlsxContents(join(full, file)));
      } else {
        // Byte for byte: one survey CSV is GB18030, which a UTF-8 reading would blur.
        expect(
          readFileSync(join(COMMITTED, file)).equals(readFileSync(join(full, file))),
          file,
        ).toBe(true);
      }
    }
  });

  it("writes the settings and five chains whose keywords do not overlap", () => {
    expect(JSON.parse(readFileSync(join(a, "talentmap.json"), "utf8"))).toEqual({
      locality: "410923",
      minCellSize: 3,
    });
    const { chains } = JSON.parse(readFileSync(join(a, "chains.json"), "utf8")) as {
      chains: {
        id: string;
        name: string;
        aliases: string[];
        sectors: string[];
        keywords: string[];
      }[];
    };
    expect(chains.map((chain) => chain.id)).toEqual([
      "bio-materials",
      "food-processing",
      "equipment",
      "electronics",
      "new-energy",
    ]);
    const keywords = chains.flatMap((chain) => chain.keywords);
    for (const keyword of keywords) {
      expect(
        keywords.filter((other) => other.includes(keyword)),
        keyword,
      ).toEqual([keyword]);
    }
  });
});

describe.each([
  ["a small workspace", () => ({ root: a, manifest, asked: SMALL })],
  ["the default workspace", () => ({ root: full, manifest: fullManifest, asked: DEFAULTS })],
])("%s", (_, workspace) => {
  it("has as many rows per file as it says, adding up to what was asked", () => {
    const { root, manifest, asked } = workspace();
    for (const file of manifest.files) {
      const rows = dataRows(root, file);
      expect(rows.length, file.file).toBe(file.rowsRead);
      expect(file.rowsGood + file.rowsBad, file.file).toBe(file.rowsRead);
      const all = readRows(root, file);
      for (const blank of file.blankRows)
        expect(isBlank(all[blank - 1] ?? []), file.file).toBe(true);
      for (const note of file.notesRows) expect(isNote(all[note - 1] ?? []), file.file).toBe(true);
    }
    const demand = manifest.files.filter((file) => file.kind === "demand");
    const rosters = manifest.files.filter((file) => file.kind === "roster");
    expect(demand.reduce((sum, file) => sum + file.rowsRead, 0)).toBe(asked.demand);
    expect(new Set(demand.map((file) => file.wave))).toEqual(new Set(["2024H1", "2024H2"]));
    expect(demand.every((file) => file.rowsRead > 0)).toBe(true);
    expect(rosters).toHaveLength(3);
    expect(manifest.people.distinct).toBe(asked.people);
    expect(rosters.reduce((sum, file) => sum + file.rowsRead, 0)).toBe(manifest.people.rowsRead);
    expect(manifest.demand.rowsBad).toBe(4 * Math.max(1, Math.floor(asked.demand / 300)));
    expect(manifest.people.rowsBad).toBeGreaterThanOrEqual(1);
  });

  it("writes one survey CSV in GB18030 with traditional-character education and title columns", () => {
    const { root, manifest } = workspace();
    const gbk = manifest.files.filter((file) => file.encoding === "gb18030");
    expect(gbk.map((file) => file.file)).toEqual(["surveys/2024H2/乡镇报送企业人才需求.csv"]);
    const file = gbk[0] as FileManifest;
    expect(file.traditional).toEqual(["學歷", "職稱要求"]);
    const rows = dataRows(root, file);
    const education = rows.map(({ cells }) => cells["學歷"] ?? "");
    expect(education.some((value) => /[碩學歷]|及以上/.test(value))).toBe(true);
    expect(rows.some(({ cells }) => /[級師]/.test(cells["職稱要求"] ?? ""))).toBe(true);
  });

  it("keeps the 2024H1 title row, instructions sheet and notes rows", () => {
    const { root, manifest } = workspace();
    const file = manifest.files.find(
      (f) => f.kind === "demand" && f.format === "xlsx" && f.wave === "2024H1",
    );
    if (file === undefined) throw new Error("no 2024H1 workbook");
    const workbook = XLSX.read(readFileSync(join(root, file.file)));
    expect(workbook.SheetNames).toEqual(["填表说明", file.sheet]);
    const sheet = workbook.Sheets[file.sheet ?? ""] as XLSX.WorkSheet;
    expect(file.headerRow).toBe(2);
    expect(sheet["!merges"]?.[0]).toEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 15 } });
    expect(String(sheet.A1?.v)).toContain("南乐县2024年上半年重点企业人才需求调查表");
    expect(file.notesRows.length).toBeGreaterThan(0);
  });

  it("gives valid check digits to good rows and wrong ones to the planted bad rows", () => {
    const { root, manifest } = workspace();
    let codes = 0;
    let ids = 0;
    for (const file of manifest.files) {
      const bad = new Map(file.bad.map((entry) => [entry.row, entry]));
      for (const { row, cells } of dataRows(root, file)) {
        const planted = bad.get(row);
        if (file.kind === "demand") {
          const code = column(cells, "统一社会信用代码", "信用代码");
          if (planted?.kind === "bad-credit-code") {
            expect(code).toHaveLength(18);
            expect(creditCodeValid(code), `${file.file}:${row}`).toBe(false);
          } else if (code !== "") {
            expect(creditCodeValid(code), `${file.file}:${row} ${code}`).toBe(true);
            codes++;
          }
          if (planted?.kind === "headcount-text") {
            expect(column(cells, "需求人数", "人数")).toBe("若干");
          }
          if (planted?.kind === "headcount-zero")
            expect(column(cells, "需求人数", "人数")).toBe("0");
          if (planted?.kind === "missing-position") {
            expect(column(cells, "岗位名称", "需求岗位", "岗位")).toBe("");
          }
        } else {
          const id = column(cells, "身份证号码", "身份证号");
          if (planted?.kind === "bad-id-check") {
            expect(id).toMatch(/^\d{17}[\dX]$/);
            expect(idNumberValid(id), `${file.file}:${row}`).toBe(false);
          } else if (id !== "") {
            expect(idNumberValid(id), `${file.file}:${row} ${id}`).toBe(true);
            ids++;
          }
        }
      }
    }
    expect(codes).toBeGreaterThan(0);
    expect(ids).toBeGreaterThan(0);
  });

  it("plants people who dedupe to the requested number, the shared landline kept apart", () => {
    const { root, manifest, asked } = workspace();
    const rows = manifest.files
      .filter((file) => file.kind === "roster")
      .flatMap((file) => {
        const bad = new Set(file.bad.map((entry) => entry.row));
        return dataRows(root, file)
          .filter(({ row }) => !bad.has(row))
          .map(({ cells }) => ({
            id: column(cells, "身份证号码", "身份证号"),
            phone: column(cells, "联系电话", "手机"),
            nameBirth: `${column(cells, "姓名")}|${birthMonth(column(cells, "出生年月", "出生日期"))}`,
          }));
      });
    expect(rows).toHaveLength(manifest.people.rowsGood);
    expect(distinct(rows, true)).toBe(asked.people);
    // Without the "two different ID numbers" rule the landline pair would merge.
    expect(distinct(rows, false)).toBe(asked.people - manifest.people.sharedLandlines);
  });

  it("routes demand rows by the planted chain routes", () => {
    const { root, manifest } = workspace();
    const { chains } = JSON.parse(readFileSync(join(root, "chains.json"), "utf8")) as {
      chains: {
        id: string;
        name: string;
        aliases: string[];
        sectors: string[];
        keywords: string[];
      }[];
    };
    const counts = { chain: 0, sector: 0, keyword: 0, none: 0, ambiguous: 0 };
    for (const file of manifest.files.filter((f) => f.kind === "demand")) {
      const bad = new Set(file.bad.map((entry) => entry.row));
      for (const { row, cells } of dataRows(root, file)) {
        if (bad.has(row)) continue;
        const chainText = column(cells, "所属产业链", "产业链").trim();
        const sector = column(cells, "所属行业", "行业", "行业类别").trim();
        const text = `${column(cells, "专业要求", "专业方向", "专业")} ${column(cells, "岗位名称", "需求岗位", "岗位")}`;
        const routes: [keyof typeof counts, string[]][] = [
          [
            "chain",
            chains
              .filter((ch) => ch.name === chainText || ch.aliases.includes(chainText))
              .map((ch) => ch.id),
          ],
          ["sector", chains.filter((ch) => ch.sectors.includes(sector)).map((ch) => ch.id)],
          [
            "keyword",
            chains.filter((ch) => ch.keywords.some((k) => text.includes(k))).map((ch) => ch.id),
          ],
        ];
        const decided = routes.find(([, ids]) => ids.length > 0);
        if (decided === undefined) counts.none++;
        else if (decided[1].length > 1) counts.ambiguous++;
        else counts[decided[0]]++;
      }
    }
    expect(counts).toEqual(manifest.demand.routes);
    expect(counts.ambiguous).toBe(1);
    expect(counts.none).toBeGreaterThanOrEqual(2);
    expect(counts.chain + counts.sector + counts.keyword).toBeGreaterThan(0);
  });
});

function birthMonth(value: string): string {
  if (value === "") return "";
  const plain = /^(\d{4})-(\d{2})$/.exec(value);
  if (plain) return value;
  const chinese = /^(\d{4})年(\d{1,2})月$/.exec(value);
  if (chinese) return `${chinese[1]}-${chinese[2]?.padStart(2, "0")}`;
  const serial = Number(value);
  if (Number.isFinite(serial)) {
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 7);
  }
  throw new Error(`unreadable birth ${value}`);
}

/**
 * People after linking rows by ID number, phone, or name with birth month (transitively);
 * with `guard`, never into a group holding two different ID numbers.
 */
function distinct(
  rows: { id: string; phone: string; nameBirth: string }[],
  guard: boolean,
): number {
  const parent = rows.map((_, i) => i);
  const ids = rows.map((row) => new Set(row.id === "" ? [] : [row.id]));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  const union = (x: number, y: number) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx === ry) return;
    const merged = new Set([...(ids[rx] ?? []), ...(ids[ry] ?? [])]);
    if (guard && merged.size > 1) return;
    parent[ry] = rx;
    ids[rx] = merged;
  };
  for (const key of ["id", "phone", "nameBirth"] as const) {
    const first = new Map<string, number>();
    rows.forEach((row, i) => {
      const value = row[key];
      if (value === "" || value.endsWith("|")) return;
      const seen = first.get(value);
      if (seen === undefined) first.set(value, i);
      else union(seen, i);
    });
  }
  return new Set(rows.map((_, i) => find(i))).size;
}
