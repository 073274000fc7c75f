import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ExitCode, UserError } from "../../src/errors.ts";
import { lockPath } from "../../src/runs/lock.ts";
import { classifyOpenFailure } from "../../src/warehouse/recover.ts";
import { queryRows } from "../../src/warehouse/sql.ts";
import { runQuietly } from "../helpers/run.ts";
import { withWarehouseFile } from "../helpers/warehouse.ts";
import { countySmallInput, type Place, placeIn, scratchDir } from "../helpers/workspace.ts";

/**
 * A damaged warehouse file is moved aside (never deleted) and the run rebuilds from the
 * inputs; a warehouse only busy (another process's DuckDB lock) or of a newer DuckDB is not
 * damaged and is left as it is.
 */
const scratch = scratchDir("corrupt");
const repoRoot = join(import.meta.dirname, "..", "..");
let good: Place;

const run = (p: Place) => runQuietly(p, { command: "refresh" });

/** A copy of the workspace with its reports and warehouse, after one good run. */
function copyOfGood(name: string): Place {
  const p = placeIn(join(scratch, name));
  cpSync(good.dir, p.dir, { recursive: true });
  return p;
}

const asides = (p: Place) => readdirSync(p.dir).filter((n) => n.includes(".corrupt-"));

beforeAll(async () => {
  good = placeIn(join(scratch, "good"));
  cpSync(countySmallInput, good.data, { recursive: true });
  expect((await run(good).result).exitCode).toBe(3);
}, 60_000);

describe("a damaged warehouse", () => {
  it.each([
    ["garbage", (db: string) => writeFileSync(db, Buffer.alloc(5000, 0x5a))],
    ["empty", (db: string) => writeFileSync(db, "")],
    ["truncated", (db: string) => truncateSync(db, 12_288)],
    ["a damaged header", (db: string) => writeFileSync(db, Buffer.alloc(4096, 7), { flag: "r+" })],
  ])(
    "(%s) is moved aside whole and the run rebuilds from the inputs, saying so",
    async (name, damage) => {
      const p = copyOfGood(`damaged-${name}`);
      damage(p.db);
      const damaged = readFileSync(p.db);
      writeFileSync(`${p.db}.wal`, "a write-ahead log of the damaged file");
      const { log, result } = run(p);
      const done = await result;
      expect(done.exitCode).toBe(3);
      expect(done.outcome).toBe("rejects"); // a full run: read everything again, reports written
      const [aside] = asides(p).filter((n) => !n.endsWith(".wal"));
      expect(aside).toMatch(/^reports\.duckdb\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
      expect(readFileSync(join(p.dir, aside as string)).equals(damaged)).toBe(true); // kept, byte for byte
      expect(existsSync(join(p.dir, `${aside}.wal`))).toBe(true);
      const warning = log.lines.find((l) => l.includes("已损坏"));
      expect(warning).toContain(p.db);
      expect(warning).toContain(join(p.dir, aside as string));
      expect(warning).toContain("重建");
      const runs = await withWarehouseFile(p.db, (db) =>
        queryRows<{ outcome: string }>(db, "select outcome from runs"),
      );
      expect(runs).toEqual([{ outcome: "rejects" }]);
      expect(existsSync(lockPath(p.data))).toBe(false);
    },
    60_000,
  );

  it("held by another process (DuckDB's lock) is not damaged: exit 4, left as it is", async () => {
    const p = copyOfGood("held");
    const holder = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { DuckDBInstance } from "@duckdb/node-api";
         await DuckDBInstance.create(${JSON.stringify(p.db)});
         console.log("open"); setInterval(() => {}, 1000);`,
      ],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      let stderr = "";
      holder.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      const opened = await new Promise<boolean>((resolve) => {
        holder.stdout.once("data", () => resolve(true));
        holder.once("exit", () => resolve(false));
      });
      expect(opened, stderr).toBe(true);
      const before = readFileSync(p.db);
      const error = await run(p).result.then(
        () => null,
        (e: Error) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(ExitCode.locked);
      expect(error?.message).toContain(`数据仓库 ${p.db} 正被另一个进程打开`);
      expect(asides(p)).toEqual([]);
      expect(readFileSync(p.db).equals(before)).toBe(true);
      expect(existsSync(lockPath(p.data))).toBe(false);
    } finally {
      holder.kill();
    }
  }, 60_000);

  it("of a newer DuckDB is not damaged: the run stops, saying so, and leaves it", async () => {
    const p = copyOfGood("newer");
    // The header as a newer DuckDB writes it: a higher version number, its checksum right.
    const file = readFileSync(p.db);
    file.writeBigUInt64LE(999n, 12);
    file.writeBigUInt64LE(headerChecksum(file.subarray(8, 4096)), 0);
    writeFileSync(p.db, file);
    const error = await run(p).result.then(
      () => null,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toContain("更新版本的 DuckDB");
    expect(asides(p)).toEqual([]);
    expect(readFileSync(p.db).equals(file)).toBe(true);
  }, 60_000);

  it("is told from the other failures by DuckDB's messages", () => {
    const kind = (message: string) => classifyOpenFailure(new Error(message)).kind;
    expect(kind('IO Error: Could not set lock on file "x": Conflicting lock is held')).toBe(
      "in-use",
    );
    expect(kind("IO Error: Trying to read a database file with version number 99")).toBe("newer");
    expect(kind('IO Error: The file "x" exists, but it is not a valid DuckDB database file!')).toBe(
      "damaged",
    );
    expect(kind('IO Error: Cannot open file "x": Permission denied')).toBe("fs");
    expect(kind("Out of Memory Error: failed to allocate")).toBe("other");
  });
});

/** DuckDB's checksum of a block (uint64 words times a constant, xor-ed, from 5381). */
function headerChecksum(block: Buffer): bigint {
  const mask = (1n << 64n) - 1n;
  let sum = 5381n;
  for (let i = 0; i + 8 <= block.length; i += 8)
    sum ^= (block.readBigUInt64LE(i) * 0xbf58476d1ce4e5b9n) & mask;
  return sum;
}
