import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { queryRows } from "../../src/warehouse/sql.ts";
import { talentmapIn } from "../helpers/cli.ts";
import { withWarehouseFile } from "../helpers/warehouse.ts";
import { countySmallInput, placeIn, scratchDir } from "../helpers/workspace.ts";

/**
 * The secret of a workspace whose people are keyed is never made anew in silence: a passphrase
 * is refused, a lost secret stops the run, and only `talentmap rekey` starts a new key.
 */
const scratch = scratchDir("cli-rekey");
const talentmap = (...args: string[]) => talentmapIn(scratch, ...args);

function place(name: string) {
  const p = placeIn(join(scratch, name));
  cpSync(countySmallInput, p.data, { recursive: true });
  return { ...p, secret: join(p.data, ".talentmap", "secret") };
}

const personKeys = (db: string) =>
  withWarehouseFile(
    db,
    (c) => queryRows<{ k: string }>(c, "select person_key as k from people order by 1"),
    { readOnly: true },
  ).then((rows) => rows.map((r) => r.k));

describe("the workspace secret on the command line", () => {
  it("a passphrase as the secret stops the run (exit 1) before anything is written", () => {
    const p = place("passphrase");
    const run = (...args: string[]) => talentmap("run", "--data", p.data, "--out", p.out, ...args);
    expect(run().status).toBe(3);
    writeFileSync(p.secret, "correct horse battery staple\n");
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(p.secret);
    expect(result.stderr).toContain("格式不对");
    expect(result.stderr).not.toContain("correct horse");
  });

  it("a lost secret stops refresh and run, where it was made anew and 'nothing changed'", () => {
    const p = place("lost");
    const args = ["--data", p.data, "--out", p.out];
    expect(talentmap("run", ...args).status).toBe(3);
    const page = statSync(join(p.out, "index.html")).mtimeMs;
    cpSync(p.secret, join(scratch, "lost-secret-backup"));
    rmSync(p.secret);
    for (const command of ["refresh", "run"]) {
      const result = talentmap(command, ...args);
      expect(result.status, command).toBe(1);
      expect(result.stderr).toContain("不见了");
      expect(result.stderr).toContain(`talentmap rekey --data ${p.data}`);
      expect(existsSync(p.secret)).toBe(false);
    }
    expect(statSync(join(p.out, "index.html")).mtimeMs).toBe(page);
    // Restored from the backup, the run goes on.
    cpSync(join(scratch, "lost-secret-backup"), p.secret);
    expect(talentmap("refresh", ...args).status).toBe(3);
  });

  it("rekey asks for --yes without a terminal, then changes every person key on the next refresh", async () => {
    const p = place("rekey");
    const args = ["--data", p.data, "--out", p.out];
    expect(talentmap("run", ...args).status).toBe(3);
    const before = await personKeys(p.db);
    const old = readFileSync(p.secret, "utf8");

    const unconfirmed = talentmap("rekey", ...args);
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toContain("所有人员编号都会改变");
    expect(unconfirmed.stderr).toContain("--yes");
    expect(readFileSync(p.secret, "utf8")).toBe(old);

    const done = talentmap("rekey", ...args, "--yes");
    expect(done.status).toBe(0);
    const fresh = readFileSync(p.secret, "utf8");
    expect(fresh).toMatch(/^[0-9a-f]{64}$/);
    expect(fresh).not.toBe(old);
    if (process.platform !== "win32") expect(statSync(p.secret).mode & 0o777).toBe(0o600);
    // The old secret is kept, never deleted.
    const kept = readdirSync(join(p.data, ".talentmap")).filter((f) =>
      f.startsWith("secret.replaced-"),
    );
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(p.data, ".talentmap", kept[0] as string), "utf8")).toBe(old);

    const refresh = talentmap("refresh", ...args);
    expect(refresh.status).toBe(3);
    expect(refresh.stderr).not.toContain("nothing changed");
    const after = await personKeys(p.db);
    expect(after).toHaveLength(before.length);
    for (const key of after) expect(before).not.toContain(key);
  });

  it("rekey --help says what changes, in Chinese and English", () => {
    const help = talentmap("rekey", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("所有人员编号都会改变");
    expect(help.stdout).toContain("Every person key changes");
    expect(talentmap("--help").stdout).toContain("rekey");
  });
});
