import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { talentmapIn } from "../helpers/cli.ts";
import { countySmallInput, scratchDir } from "../helpers/workspace.ts";

/**
 * Never delete what talentmap did not write: the workspace, the reports and the warehouse
 * kept apart, and a folder talentmap did not write left alone (each case deleted or published
 * the user's files before).
 */
const scratch = scratchDir("cli-paths");
const talentmap = (...args: string[]) => talentmapIn(scratch, ...args);

function workspace(name: string): string {
  cpSync(countySmallInput, join(scratch, name), { recursive: true });
  return join(scratch, name);
}

/** Every file under dir, relative, sorted: what must still be there. */
function tree(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe("run and refresh refuse an --out or --db that would take the user's files", () => {
  it("--out equal to --data, or a link to it: exit 2, nothing written into the workspace", () => {
    const data = workspace("ws-same");
    symlinkSync(data, join(scratch, "link-to-ws"));
    const before = tree(data);
    for (const out of [data, join(scratch, "link-to-ws")]) {
      const result = talentmap("run", "--data", data, "--out", out);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("工作区");
      expect(result.stderr).toContain(out);
      expect(tree(data)).toEqual(before);
    }
  });

  it("--out inside --data, and --data inside --out: exit 2", () => {
    const data = workspace("ws-inside");
    const inside = talentmap("refresh", "--data", data, "--out", join(data, "reports"));
    expect(inside.status).toBe(2);
    expect(existsSync(join(data, "reports"))).toBe(false);
    mkdirSync(join(scratch, "outer"));
    const nested = workspace("outer/ws");
    const around = talentmap("run", "--data", nested, "--out", join(scratch, "outer"));
    expect(around.status).toBe(2);
    expect(readdirSync(join(scratch, "outer"))).toEqual(["ws"]);
  });

  it("--db inside --out: exit 2, in English with --lang en", () => {
    const data = workspace("ws-db");
    const out = join(scratch, "db-out");
    const result = talentmap(
      "run",
      "--data",
      data,
      "--out",
      out,
      "--db",
      join(out, "wh.duckdb"),
      "--lang",
      "en",
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("the warehouse");
    expect(result.stderr).toContain("inside the output folder");
    expect(existsSync(out)).toBe(false);
  });

  it("an --out folder of the user's that talentmap did not write: exit 2, left as it was", () => {
    const data = workspace("ws-mine");
    const mine = join(scratch, "my-documents");
    mkdirSync(mine);
    writeFileSync(join(mine, "thesis.docx"), "mine");
    const result = talentmap("run", "--data", data, "--out", mine);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(mine);
    expect(result.stderr).toContain(".talentmap-output");
    expect(readdirSync(mine)).toEqual(["thesis.docx"]);
  });
});

describe("what a run and an export keep of the user's", () => {
  const data = join(scratch, "ws");
  const out = join(scratch, "reports");
  const db = join(scratch, "reports.duckdb");
  beforeAll(() => {
    workspace("ws");
    expect(talentmap("run", "--data", data, "--out", out).status).toBe(3);
  });

  it("a second run keeps the user's own PDF and .tmp files in --out", () => {
    writeFileSync(join(out, "budget.pdf"), "mine");
    writeFileSync(join(out, "draft.tmp"), "mine");
    expect(talentmap("run", "--data", data, "--out", out).status).toBe(3);
    expect(readFileSync(join(out, "budget.pdf"), "utf8")).toBe("mine");
    expect(readFileSync(join(out, "draft.tmp"), "utf8")).toBe("mine");
    expect(existsSync(join(out, "summary.json"))).toBe(true);
  });

  it("export into a folder of the user's: exit 2, the document kept", () => {
    const docs = join(scratch, "docs");
    mkdirSync(docs);
    writeFileSync(join(docs, "notes.docx"), "mine");
    const result = talentmap("export", "--parquet", docs, "--db", db);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(docs);
    expect(readdirSync(docs)).toEqual(["notes.docx"]);
  });

  it("export into the workspace, or a new folder inside it: exit 2, the workspace intact", () => {
    const before = tree(data);
    for (const dir of [data, join(data, "parquet")]) {
      const result = talentmap("export", "--parquet", dir, "--db", db);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("工作区");
    }
    expect(tree(data)).toEqual(before);
  });

  it("export into the reports folder, or around the warehouse: exit 2", () => {
    const into = talentmap("export", "--parquet", out, "--db", db);
    expect(into.status).toBe(2);
    expect(into.stderr).toContain("报告文件夹");
    const around = talentmap("export", "--parquet", scratch, "--db", db);
    expect(around.status).toBe(2);
    expect(existsSync(db)).toBe(true);
    expect(existsSync(join(out, "summary.json"))).toBe(true);
  });

  it("export again into its own folder keeps a file the user put there", () => {
    const dir = join(scratch, "parquet");
    expect(talentmap("export", "--parquet", dir, "--db", db).status).toBe(0);
    writeFileSync(join(dir, "README.md"), "mine");
    expect(talentmap("export", "--parquet", dir, "--db", db).status).toBe(0);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("mine");
    expect(existsSync(join(dir, "people"))).toBe(true);
  });
});
