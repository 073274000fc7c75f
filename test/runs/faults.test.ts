import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.ts";
import { runFailure } from "../../src/fs/errors.ts";
import { fsMessage } from "../../src/messages/faults.ts";
import { rejectReasons } from "../../src/messages/rejects.ts";
import type { RunRequest } from "../../src/runs/execute.ts";
import { lockPath } from "../../src/runs/lock.ts";
import { cliArgv, talentmapIn } from "../helpers/cli.ts";
import { runQuietly } from "../helpers/run.ts";
import { countySmallInput, type Place, placeIn, scratchDir } from "../helpers/workspace.ts";

const scratch = scratchDir("faults");

function place(name: string): Place {
  const p = placeIn(join(scratch, name));
  cpSync(countySmallInput, p.data, { recursive: true });
  return p;
}

const run = runQuietly;

/** The error a run failed with. */
async function failure(p: Place, more: Partial<RunRequest> = {}): Promise<Error> {
  const { result } = run(p, more);
  return result.then(
    () => {
      throw new Error("the run did not fail");
    },
    (error: Error) => error,
  );
}

/** Nothing of the failed run is left: no lock, no `<out>.tmp-<pid>` folder. */
function nothingLeft(p: Place): void {
  expect(existsSync(lockPath(p.data))).toBe(false);
  const beside = readdirSync(join(p.out, "..")).filter((name) => name.includes(".tmp-"));
  expect(beside).toEqual([]);
}

describe("a dangling symbolic link among the inputs", () => {
  it("is set aside whole, named with its reason, and the other files are read", async () => {
    const p = place("dangling");
    symlinkSync(join(scratch, "deleted.csv"), join(p.data, "rosters", "gone.csv"));
    symlinkSync("loop.csv", join(p.data, "rosters", "loop.csv"));
    symlinkSync(join(scratch, "deleted.xlsx"), join(p.data, "surveys", "2024H1", "gone.xlsx"));
    const { log, result } = run(p);
    const done = await result;
    expect(done.exitCode).toBe(3); // completed, files set aside
    const reason = rejectReasons.missing_file.zh;
    expect(reason).toContain("文件不存在或是失效的链接");
    for (const file of ["rosters/gone.csv", "rosters/loop.csv", "surveys/2024H1/gone.xlsx"]) {
      expect(log.lines).toContain(`warning: ${file}: ${reason}`);
      expect(readFileSync(join(p.out, "rejects.csv"), "utf8")).toContain(`${file},,,,,${reason}`);
    }
    expect(log.lines).toContain("[ingest] 7 files (3 set aside), 5 rejects"); // 3 files, 2 rows of the others
    expect(log.lines.join("\n")).not.toContain("changed while it was being read");
    expect(rejectReasons.missing_file.en).toContain("broken link");
  }, 60_000);
});

describe("a file system that refuses", () => {
  it("has a message per errno code naming the path and the fix, in Chinese and English", () => {
    for (const code of ["EACCES", "EROFS", "ENOSPC", "ENOENT", "ENOTDIR", "EEXIST", "EISDIR"]) {
      const zh = fsMessage(code, "/srv/county/.talentmap", "state", "zh");
      const en = fsMessage(code, "/srv/county/.talentmap", "state", "en");
      expect(zh).toMatch(/^无法使用工作区的 \.talentmap 文件夹 \/srv\/county\/\.talentmap：.+：/);
      expect(en).toMatch(
        /^cannot use the workspace's \.talentmap folder \/srv\/county\/\.talentmap: /,
      );
      expect(zh).not.toContain(code);
    }
    expect(fsMessage("EROFS", "/srv/out", "out", "zh")).toContain("只读");
    expect(fsMessage("ENOSPC", "/srv/out", "out", "en")).toContain("the disk is full");
    expect(fsMessage("EXDEV", "/srv/out", "out", "en")).toContain("(EXDEV)");
  });

  it("met during a run, Node's or DuckDB's (a full disk), names the place and the fix", () => {
    const places = { data: "/srv/county", out: "/srv/www/tm", db: "/srv/www/tm.duckdb" };
    const duckdb = new Error(
      'IO Error: Could not write file "/srv/www/tm.duckdb.wal": No space left on device',
    );
    const full = runFailure(duckdb, places, "zh") as Error;
    expect(full).toBeInstanceOf(UserError);
    expect(full.message).toBe(
      `无法使用数据仓库 /srv/www/tm.duckdb.wal：${fsMessage("ENOSPC", "x", "path", "zh").split("：").slice(1).join("：")}`,
    );
    const node = Object.assign(new Error("EROFS: read-only file system, open"), {
      code: "EROFS",
      syscall: "open",
      path: "/srv/www/tm.tmp-42/index.html",
    });
    const out = runFailure(node, places, "en") as Error;
    expect(out.message).toMatch(
      /^cannot use the output folder \/srv\/www\/tm\.tmp-42\/index\.html: .*read-only/,
    );
    const other = new Error("Binder Error: no such column");
    expect(runFailure(other, places, "zh")).toBe(other);
  });

  it("where .talentmap is a file: exit 1, the path and the fix, never 'unexpected error'", () => {
    const p = place("state-file");
    writeFileSync(join(p.data, ".talentmap"), "");
    const zh = talentmapIn(scratch, "run", "--data", p.data, "--out", p.out);
    expect(zh.status).toBe(1);
    expect(zh.stderr).not.toContain("unexpected error");
    expect(zh.stderr).toContain(`无法使用工作区的 .talentmap 文件夹 ${join(p.data, ".talentmap")}`);
    expect(zh.stderr).toContain("请移走或改名该文件");
    const en = talentmapIn(scratch, "run", "--data", p.data, "--out", p.out, "--lang", "en");
    expect(en.stderr).toContain(`cannot use the workspace's .talentmap folder`);
    expect(existsSync(p.out)).toBe(false);
  }, 60_000);

  it("names the output folder when a file stands in its path, and the warehouse when --db is a folder", async () => {
    const p = place("in-the-way");
    writeFileSync(join(p.dir, "file"), "");
    const out = await failure(p, { out: join(p.dir, "file", "reports") });
    expect(out).toBeInstanceOf(UserError);
    expect(out.message).toContain(`无法使用输出文件夹 ${join(p.dir, "file")}`);
    nothingLeft(p);
    const db = await failure(p, { db: p.data });
    expect(db).toBeInstanceOf(UserError);
    expect(db.message).toContain(`无法使用数据仓库 ${p.data}：这是一个文件夹，不是文件`);
    nothingLeft(p);
  }, 60_000);

  it("a run failing at the swap, its reports written, leaves no lock and no unfinished folder", async () => {
    const p = place("swap-fails");
    writeFileSync(p.out, "a file where the reports go"); // found only when swapping in
    const error = await failure(p);
    expect(error).toBeInstanceOf(UserError);
    expect(readFileSync(p.out, "utf8")).toBe("a file where the reports go");
    nothingLeft(p);
  }, 60_000);

  it.runIf(process.getuid?.() === 0)(
    "in a workspace the user may not write (run as nobody): exit 1, the path and the fix",
    () => {
      const p = place("read-only");
      chmodSync(scratch, 0o755);
      for (const dir of [p.dir, p.data]) chmodSync(dir, 0o755); // root's, readable by all
      const outDir = join(scratch, "writable");
      mkdirSync(outDir, { mode: 0o777 });
      chmodSync(outDir, 0o777);
      const argv = cliArgv("run", "--data", p.data, "--out", join(outDir, "reports"));
      const result = spawnSync(process.execPath, argv, {
        cwd: outDir,
        encoding: "utf8",
        uid: 65534,
        gid: 65534,
        env: { ...process.env, HOME: outDir },
      });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).not.toContain("unexpected error");
      expect(result.stderr).toContain(join(p.data, ".talentmap"));
      expect(result.stderr).toContain("没有权限：请以拥有该文件夹的用户运行 talentmap");
    },
    60_000,
  );
});
