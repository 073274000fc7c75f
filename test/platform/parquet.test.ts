import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../pipelines/pipeline.ts";
import { ExitCode, UserError } from "../../src/errors.ts";
import { markerName } from "../../src/output/marker.ts";
import { parquetDatasets, writeParquetExport } from "../../src/platform/parquet.ts";
import { queryRows, quoteIdent, quoteLiteral } from "../../src/warehouse/sql.ts";
import { loadWorkspace } from "../../src/workspace/load.ts";
import { talentmapIn } from "../helpers/cli.ts";
import { testContext } from "../helpers/context.ts";
import { withWarehouse, withWarehouseFile } from "../helpers/warehouse.ts";
import { countySmallInput, countySmallRosterValues, scratchDir } from "../helpers/workspace.ts";

const scratch = scratchDir("parquet");
const db = join(scratch, "reports.duckdb");

/** county-small, run whole into a warehouse file, as `talentmap run` leaves it. */
beforeAll(async () => {
  cpSync(countySmallInput, join(scratch, "data"), { recursive: true });
  await withWarehouseFile(db, (connection) =>
    runPipeline({
      ...testContext(connection, { out: join(scratch, "reports") }),
      workspace: loadWorkspace(join(scratch, "data")),
    }),
  );
});

/** The warehouse the run left, read-only. */
const inWarehouse = <T>(fn: (db: DuckDBConnection) => Promise<T>): Promise<T> =>
  withWarehouseFile(db, fn, { readOnly: true });

const exportTo = (dir: string) => inWarehouse((c) => writeParquetExport(c, dir));

/** Every file under dir, relative, sorted. */
function tree(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** A dataset of the export read back by DuckDB, partition columns as text. */
const readBack = (dir: string, name: string, partition: string | null) =>
  `read_parquet(${quoteLiteral(join(dir, name, "**", "*.parquet"))}, hive_partitioning = ${partition !== null}${
    partition ? `, hive_types = {${quoteLiteral(partition)}: VARCHAR}` : ""
  })`;

describe("talentmap export --parquet", () => {
  it("lays out one folder a dataset, by wave for demand and gaps, by province for people", async () => {
    const dir = join(scratch, "layout");
    const written = await exportTo(dir);
    expect(written.map((d) => d.name)).toEqual(parquetDatasets.map((d) => d.name));
    const waves = ["wave=2024H1", "wave=2024H2"];
    const provinces = await inWarehouse((c) =>
      queryRows<{ p: string }>(c, "select distinct province as p from people order by 1"),
    );
    const expected = [
      "chain_list/data_0.parquet",
      ...waves.map((w) => `demand/${w}/data_0.parquet`),
      ...waves.map((w) => `demand_levels/${w}/data_0.parquet`),
      ...waves.map((w) => `field_gaps/${w}/data_0.parquet`),
      "field_levels/data_0.parquet",
      ...waves.map((w) => `gaps/${w}/data_0.parquet`),
      ...provinces.map((p) => `people/province=${p.p}/data_0.parquet`),
      "supply_levels/data_0.parquet",
    ];
    expect(tree(dir)).toContain(markerName);
    const actual = tree(dir).filter((f) => f !== markerName);
    expect(actual.filter((f) => !f.startsWith("person_chain/"))).toEqual(expected.sort());
    // person_chain: by the province of the person, only provinces with someone in a chain.
    expect(actual.filter((f) => f.startsWith("person_chain/")).length).toBeGreaterThan(0);
    for (const f of actual.filter((f) => f.startsWith("person_chain/")))
      expect(f).toMatch(/^person_chain\/province=(\d{6}|overseas|unknown)\/data_0\.parquet$/);
    // No temporary folder is left beside the export.
    expect(readdirSync(scratch).filter((f) => f.startsWith("layout."))).toEqual([]);
  });

  it("reads back, through DuckDB, the same rows as the warehouse holds", async () => {
    const dir = join(scratch, "roundtrip");
    const written = await exportTo(dir);
    await withWarehouse(async (reader) => {
      for (const dataset of parquetDatasets) {
        const expected = await inWarehouse((c) =>
          queryRows(c, `select * from (${dataset.query}) order by all`),
        );
        const actual = await queryRows(
          reader,
          `select ${
            Object.keys(expected[0] ?? {})
              .map(quoteIdent)
              .join(", ") || "*"
          }
           from ${readBack(dir, dataset.name, dataset.partition)} order by all`,
        );
        expect(actual, dataset.name).toEqual(expected);
        expect(written.find((d) => d.name === dataset.name)?.rows).toBe(expected.length);
      }
    });
  });

  it("holds no name, phone or ID number of the rosters", async () => {
    const dir = join(scratch, "privacy");
    await exportTo(dir);
    // 姓名, 身份证号, 联系电话 of every row, and its birth month.
    const personal = countySmallRosterValues("姓名", "出生年月", "身份证号", "联系电话");
    expect(personal.length).toBeGreaterThan(10);
    await withWarehouse(async (reader) => {
      for (const dataset of parquetDatasets) {
        const rows = await queryRows(
          reader,
          `select * from ${readBack(dir, dataset.name, dataset.partition)}`,
        );
        const text = JSON.stringify(rows);
        for (const value of personal) expect(text, dataset.name).not.toContain(value);
      }
    });
  });

  it("replaces an earlier export whole: every file talentmap wrote, and only those", async () => {
    const dir = join(scratch, "again");
    await exportTo(dir);
    // A dataset an older export wrote (its marker lists it) and a file of the user's.
    mkdirSync(join(dir, "stale"), { recursive: true });
    writeFileSync(join(dir, "stale", "old.parquet"), "");
    const marker = JSON.parse(readFileSync(join(dir, markerName), "utf8"));
    marker.files.push("stale/old.parquet");
    writeFileSync(join(dir, markerName), JSON.stringify(marker));
    writeFileSync(join(dir, "README.md"), "mine");
    await exportTo(dir);
    expect(existsSync(join(dir, "stale"))).toBe(false);
    expect(existsSync(join(dir, "gaps", "wave=2024H1", "data_0.parquet"))).toBe(true);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("mine");
    expect(JSON.parse(readFileSync(join(dir, markerName), "utf8")).files).not.toContain(
      "README.md",
    );
  });

  it("refuses a folder it did not write (exit 2), and touches nothing in it", async () => {
    const dir = join(scratch, "my-folder");
    mkdirSync(join(dir, "people"), { recursive: true });
    writeFileSync(join(dir, "people", "名单.xlsx"), "mine");
    writeFileSync(join(dir, "notes.docx"), "mine");
    const error = await exportTo(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(ExitCode.usage);
    expect((error as Error).message).toContain(dir);
    expect(tree(dir)).toEqual(["notes.docx", "people/名单.xlsx"]);
    expect(readdirSync(scratch).filter((f) => f.startsWith("my-folder."))).toEqual([]);
  });

  it("takes over an export of a talentmap before markers: dataset folders of Parquet only", async () => {
    const dir = join(scratch, "older");
    await exportTo(dir);
    rmSync(join(dir, markerName));
    mkdirSync(join(dir, "gaps", "wave=2023H2"));
    writeFileSync(join(dir, "gaps", "wave=2023H2", "data_0.parquet"), "");
    await exportTo(dir);
    expect(existsSync(join(dir, "gaps", "wave=2023H2"))).toBe(false);
    expect(existsSync(join(dir, markerName))).toBe(true);
  });

  it("says what to do without a warehouse or without --parquet", () => {
    const cli = (...args: string[]) => talentmapIn(scratch, ...args);
    const missing = cli("export", "--parquet", "p", "--db", join(scratch, "none.duckdb"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Run "talentmap run" first');
    const usage = cli("export", "--db", db);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("--parquet DIR is required");
    const done = cli("export", "--parquet", "cli-export", "--db", db);
    expect(done.status).toBe(0);
    expect(done.stdout).toBe("");
    expect(existsSync(join(scratch, "cli-export", "people"))).toBe(true);
  });
});
