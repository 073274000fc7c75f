import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBench } from "../../bench/bench.ts";
import { type Generated, generateWorkspaces } from "../../bench/generate.ts";
import { DEMAND_HEADER, ROSTER_HEADER } from "../../bench/rows.ts";
import { NotEncodable, twoByteEncoder } from "../../scripts/demo/encode.ts";

const encodeGb18030 = twoByteEncoder("gb18030");

// Check digits recomputed here, independently of the generator.
function idNumberValid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(id[i]), 0);
  return "10X98765432"[sum % 11] === id[17];
}

const SIZE = { seed: 7, people: 2_000, demand: 500, xlsxRows: 200, gb18030: true };
const dirs: string[] = [];
let a: string;
let b: string;
let generated: Generated;

/** Every input file of a generation, relative to the scratch folder. */
function inputFiles(g: Generated, root: string): string[] {
  const parts = [g.scale, g.split, g.xlsx, g.xlsxHalf, g.gb18030].filter((p) => p !== null);
  return [
    ...parts.flatMap((p) => p.files.map((f) => join(p.dir, f.file).slice(root.length))),
    (g.xlsx?.baselineCsv ?? "").slice(root.length),
  ];
}

function csvRows(path: string): string[][] {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows;
}

beforeAll(() => {
  [a, b] = [0, 1].map(() => mkdtempSync(join(tmpdir(), "talentmap-bench-"))) as [string, string];
  dirs.push(a, b);
  generated = generateWorkspaces({ dir: a, ...SIZE });
  generateWorkspaces({ dir: b, ...SIZE });
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("bench generator", () => {
  it("gives the same bytes for the same seed, other bytes for another", () => {
    const files = inputFiles(generated, a);
    expect(files).toHaveLength(11);
    for (const file of files) {
      expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
    }
    const c = mkdtempSync(join(tmpdir(), "talentmap-bench-"));
    dirs.push(c);
    const other = generateWorkspaces({ dir: c, ...SIZE, seed: 8, xlsxRows: null, gb18030: false });
    const roster = (g: Generated) => join(g.scale.dir, g.scale.files[0]?.file ?? "");
    expect(readFileSync(roster(other)).equals(readFileSync(roster(generated)))).toBe(false);
  });

  it("writes the requested rows, every one with all its columns", () => {
    const [roster, h1, h2] = generated.scale.files.map((f) =>
      csvRows(join(generated.scale.dir, f.file)),
    );
    expect(roster?.[0]).toEqual([...ROSTER_HEADER]);
    expect(roster).toHaveLength(SIZE.people + 1);
    expect(roster?.every((row) => row.length === ROSTER_HEADER.length)).toBe(true);
    for (const rows of [h1, h2]) {
      expect(rows?.[0]).toEqual([...DEMAND_HEADER]);
      expect(rows?.every((row) => row.length === DEMAND_HEADER.length)).toBe(true);
    }
    expect((h1?.length ?? 0) + (h2?.length ?? 0) - 2).toBe(SIZE.demand);
  });

  it("gives valid ID check digits except on the planted bad rows, and repeats ~8% of people", () => {
    const file = generated.scale.files[0];
    const rows = csvRows(join(generated.scale.dir, file?.file ?? "")).slice(1);
    const noIdentity = rows.filter((r) => r[0] === "" && r[3] === "" && r[12] === "").length;
    const invalid = rows.filter((r) => r[3] !== "" && !idNumberValid(r[3] as string)).length;
    expect(invalid).toBeGreaterThan(0);
    expect(invalid + noIdentity).toBe(file?.bad);
    const ids = rows.map((r) => r[3]).filter((id) => id !== "");
    const repeated = ids.length - new Set(ids).size;
    expect(repeated / rows.length).toBeGreaterThan(0.05);
    expect(repeated / rows.length).toBeLessThan(0.11);
  });

  it("encodes GB18030 that TextDecoder reads back, and names a character it cannot encode", () => {
    const gb = generated.gb18030;
    const source = generated.scale.files.find((f) => f.file.includes("2024H1"));
    const utf8 = readFileSync(join(generated.scale.dir, source?.file ?? ""), "utf8").slice(1);
    const bytes = readFileSync(join(gb?.dir ?? "", gb?.files[0]?.file ?? ""));
    expect(new TextDecoder("gb18030").decode(bytes)).toBe(utf8);
    const sample = "南乐县ＡＢ３名、（）——碩士 U+3000:\u3000 ok";
    expect(new TextDecoder("gb18030").decode(encodeGb18030(sample))).toBe(sample);
    expect(() => encodeGb18030("南乐😀")).toThrow(NotEncodable);
    expect(() => encodeGb18030("南乐😀")).toThrow(/U\+1F600/);
  });

  it("splits the roster into two files holding, in order, the one file's rows", () => {
    const split = generated.split;
    const roster = csvRows(join(generated.scale.dir, generated.scale.files[0]?.file ?? ""));
    const [first, second] = (split?.files ?? [])
      .filter((f) => f.file.startsWith("rosters/"))
      .map((f) => csvRows(join(split?.dir ?? "", f.file)));
    expect(first?.[0]).toEqual(roster[0]);
    expect(second?.[0]).toEqual(roster[0]);
    expect([...(first ?? []).slice(1), ...(second ?? []).slice(1)]).toEqual(roster.slice(1));
    const bad = (split?.files ?? []).filter((f) => f.file.startsWith("rosters/"));
    expect(bad.reduce((n, f) => n + f.bad, 0)).toBe(generated.scale.files[0]?.bad);
    // The demand files are the scale workspace's own.
    for (const f of generated.scale.files.slice(1))
      expect(readFileSync(join(split?.dir ?? "", f.file))).toEqual(
        readFileSync(join(generated.scale.dir, f.file)),
      );
  });

  it("runs the benchmark at this size with every row accounted for", {
    timeout: 300_000,
  }, async () => {
    const lines: string[] = [];
    const result = await runBench({
      dir: a,
      seed: SIZE.seed,
      people: SIZE.people,
      demand: SIZE.demand,
      xlsxRows: SIZE.xlsxRows,
      skipXlsx: false,
      skipGb18030: false,
      keep: false,
      log: (line) => lines.push(line),
    });
    expect(result.failures).toEqual([]);
    expect(lines.filter((line) => line.startsWith("reusing"))).toHaveLength(5);
    const stages = result.rows.map((row) => row.stage);
    for (const stage of ["ingest", "normalise", "assign", "gaps", "report", "total (scale run)"])
      expect(stages).toContain(stage);
    for (const stage of [
      "ingest xlsx",
      "ingest xlsx, half the rows",
      "ingest gb18030 2024H1",
      "total (split roster run)",
      "demo total",
    ])
      expect(stages).toContain(stage);
    // Every target is checked; at this size only the correctness ones must pass.
    const names = result.targets.map((t) => t.name);
    expect(names).toHaveLength(10);
    for (const name of names.filter((n) => /split|accounting/.test(n)))
      expect(result.targets.find((t) => t.name === name)?.pass, name).toBe(true);
    const ingest = result.rows.find((row) => row.stage === "ingest");
    expect(ingest?.rows).toBe(SIZE.people + SIZE.demand);
  });
});
