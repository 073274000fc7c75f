import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processStart } from "../../src/process.ts";
import { scratchBase, scratchFile, sweepScratch } from "../../src/readers/scratch.ts";
import { passText } from "../../src/readers/textPass.ts";
import { cliArgv, talentmapIn } from "../helpers/cli.ts";
import { deadPid } from "../helpers/process.ts";
import { withWarehouseFile } from "../helpers/warehouse.ts";
import { scratchDir } from "../helpers/workspace.ts";

/**
 * Issue 12, part A: the UTF-8 copies of GB18030 and UTF-16 CSVs hold roster rows in the
 * clear. They live in a 0700 folder of the warehouse's temp folder, 0600 each, go when read,
 * and what a killed run left goes at the next run.
 */
const scratch = scratchDir("scratch");
const mode = (path: string) => statSync(path).mode & 0o777;
const ownFolder = () => `talentmap-csv-${process.pid}-${processStart(process.pid) ?? 0}`;

const header = "姓名,联系电话,现工作地,最高学历";
const utf16 = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

describe("a transcoded copy", () => {
  it("is private to the warehouse's temp folder while read, and gone after", async () => {
    const source = join(scratch, "u16.csv");
    writeFileSync(source, utf16(`${header}\r\n龚紫嫣,13712345671,上海,硕士\r\n`));
    const db = join(scratch, "copy.duckdb");
    await withWarehouseFile(db, async (conn) => {
      expect(await scratchBase(conn)).toBe(`${db}.tmp`);
      const pass = await passText(source, "utf-16le", 0, {
        delimiter: ",",
        scratch: () => scratchFile(conn),
      });
      const folder = join(`${db}.tmp`, ownFolder());
      expect(pass.utf8Path.startsWith(`${folder}/`)).toBe(true);
      expect(mode(folder)).toBe(0o700);
      expect(mode(pass.utf8Path)).toBe(0o600);
      expect(readFileSync(pass.utf8Path, "utf8")).toContain("龚紫嫣,13712345671");
      await pass.cleanup();
      expect(existsSync(pass.utf8Path)).toBe(false);
      expect(existsSync(folder)).toBe(false);
    });
  });

  it("is removed when the file turns out to be bad half way", async () => {
    const source = join(scratch, "half.csv");
    // UTF-16 with a lone surrogate at the end: the fatal decoder stops there.
    writeFileSync(
      source,
      Buffer.concat([utf16(`${header}\r\n龚紫嫣,1,上海,硕士\r\n`), Buffer.from([0x00, 0xd8])]),
    );
    const db = join(scratch, "half.duckdb");
    await withWarehouseFile(db, async (conn) => {
      await expect(
        passText(source, "utf-16le", 0, { delimiter: ",", scratch: () => scratchFile(conn) }),
      ).rejects.toThrow();
      expect(readdirSync(`${db}.tmp`).filter((n) => n.startsWith("talentmap-csv-"))).toEqual([]);
    });
  });
});

describe("copies a stopped run left", () => {
  it("are swept: a dead run's folder and the old /tmp copies; a live run's folder stays", async () => {
    const db = join(scratch, "sweep.duckdb");
    const base = `${db}.tmp`;
    const dead = join(base, `talentmap-csv-${deadPid()}-12345`);
    const alive = join(base, `talentmap-csv-${process.ppid}-${processStart(process.ppid) ?? 0}`);
    for (const folder of [dead, alive]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, "0123456789ab.csv"), "龚紫嫣,13712345671\n");
    }
    const legacy = join(tmpdir(), `talentmap-${deadPid()}-0123456789ab.csv`);
    writeFileSync(legacy, "龚紫嫣,13712345671\n");
    await withWarehouseFile(db, (conn) => sweepScratch(conn));
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });

  it("after a SIGKILL in the middle of a transcode, by the next run", async () => {
    const { data, out, base, copy } = await signalMidTranscode("killed", "SIGKILL");
    expect(existsSync(copy)).toBe(true); // what the killed run left
    expect(mode(copy)).toBe(0o600);
    expect(mode(join(copy, ".."))).toBe(0o700);

    writeFileSync(
      join(data, "rosters", "大.csv"),
      utf16(`${header}\r\n龚紫嫣,13712345671,上海,硕士\r\n`),
    );
    const again = talentmapIn(scratch, "run", "--data", data, "--out", out);
    expect([0, 3], again.stderr).toContain(again.status);
    expect(existsSync(copy)).toBe(false);
    expect(readdirSync(base).filter((n) => n.startsWith("talentmap-csv-"))).toEqual([]);
  }, 120_000);

  it("after a SIGTERM, by the stopped run itself, on its way out", async () => {
    const { base, copy, exit } = await signalMidTranscode("terminated", "SIGTERM");
    expect(exit).toBe(143);
    expect(existsSync(copy)).toBe(false);
    expect(readdirSync(base).filter((n) => n.startsWith("talentmap-csv-"))).toEqual([]);
  }, 120_000);
});

/**
 * Starts a run over a workspace whose roster is some 60 MB of UTF-16, and sends `signal` as
 * soon as the transcoded copy is seen in the warehouse's temp folder.
 */
async function signalMidTranscode(name: string, signal: NodeJS.Signals) {
  const dir = join(scratch, name);
  const data = join(dir, "data");
  const out = join(dir, "reports");
  mkdirSync(join(data, "rosters"), { recursive: true });
  mkdirSync(join(data, "surveys"), { recursive: true });
  writeFileSync(
    join(data, "chains.json"),
    JSON.stringify({ chains: [{ id: "bio", name: "生物基材料", sectors: [], keywords: [] }] }),
  );
  const rows = Array.from(
    { length: 400_000 },
    (_, i) => `龚紫嫣${i},137${String(i).padStart(8, "0")},上海市浦东新区张江镇,硕士研究生`,
  );
  writeFileSync(join(data, "rosters", "大.csv"), utf16(`${header}\r\n${rows.join("\r\n")}\r\n`));

  const base = join(dir, "reports.duckdb.tmp");
  const child = spawn(process.execPath, cliArgv("run", "--data", data, "--out", out), {
    cwd: scratch,
    stdio: "ignore",
  });
  let exit: number | null = null;
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.on("exit", (code) => {
      exit = code;
      running = false;
      resolve();
    }),
  );
  let copy: string | null = null;
  while (running && copy === null) {
    for (const folder of existsSync(base) ? readdirSync(base) : []) {
      if (!folder.startsWith("talentmap-csv-")) continue;
      const file = readdirSync(join(base, folder)).find((f) => f.endsWith(".csv"));
      if (file !== undefined && statSync(join(base, folder, file)).size > 0) {
        copy = join(base, folder, file);
        child.kill(signal);
      }
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await exited;
  expect(copy, "no copy seen in the warehouse's temp folder").not.toBeNull();
  return { data, out, base, copy: copy as string, exit: exit as number | null };
}
