import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.ts";
import { checkPersonKeys, currentEpoch } from "../../src/people/keyEpoch.ts";
import { workspaceSecret } from "../../src/people/pseudonym.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), "talentmap-secret-test-"));
});
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
});

const secretFile = () => join(workspace, ".talentmap", "secret");
function writeSecret(text: string, mode = 0o600): void {
  mkdirSync(join(workspace, ".talentmap"), { recursive: true });
  writeFileSync(secretFile(), text, { mode });
  chmodSync(secretFile(), mode);
}
const hex = "ab".repeat(32);

describe("the workspace secret file", () => {
  // Read as hex, these gave an empty HMAC key: every person key was HMAC("", "id:"+ID).
  for (const [what, text] of [
    ["a passphrase", "correct horse battery staple\n"],
    ["an empty file", ""],
    ["hex too short", "ab".repeat(16)],
    ["hex with a stray character", `${"ab".repeat(31)}zz`],
  ]) {
    it(`refuses ${what}, naming the file and what to do, and leaves it as it was`, () => {
      writeSecret(text as string);
      let error: unknown;
      try {
        workspaceSecret(workspace);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      const message = (error as Error).message;
      expect(message).toContain(secretFile());
      expect(message).toContain("格式不对");
      expect(message).toContain("talentmap rekey");
      if (text) expect(message).not.toContain((text as string).trim());
      expect(readFileSync(secretFile(), "utf8")).toBe(text);
    });
  }

  it("accepts 64 hex characters with a trailing newline (restored with echo)", () => {
    writeSecret(`${hex}\n`);
    expect(workspaceSecret(workspace).equals(Buffer.from(hex, "hex"))).toBe(true);
  });

  it.skipIf(process.platform === "win32")(
    "makes a secret its group or others can read owner-only again",
    () => {
      writeSecret(hex, 0o644);
      expect(workspaceSecret(workspace).length).toBe(32);
      expect(statSync(secretFile()).mode & 0o777).toBe(0o600);
    },
  );
});

describe("the secret against the warehouse's key epoch", () => {
  const check = (db: Parameters<typeof checkPersonKeys>[0], warnings: string[] = []) =>
    checkPersonKeys(db, {
      data: workspace,
      db: "/somewhere/reports.duckdb",
      lang: "zh",
      warn: (m) => warnings.push(m),
      now: new Date("2026-12-01T02:00:00Z"),
    });

  it("makes the secret on a new warehouse and records its check value, not the secret", async () => {
    await withWarehouse(async (db) => {
      const { secret, keyCheck } = await check(db);
      expect(secret.length).toBe(32);
      expect(readFileSync(secretFile(), "utf8")).toBe(secret.toString("hex"));
      const epoch = await currentEpoch(db);
      expect(epoch).toEqual({ epoch: 1, keyCheck });
      expect(keyCheck).not.toContain(secret.toString("hex").slice(0, 8));
      // The same secret passes next time.
      expect((await check(db)).keyCheck).toBe(keyCheck);
    });
  });

  it("stops, instead of making a new secret, when the secret of a keyed warehouse is gone", async () => {
    await withWarehouse(async (db) => {
      await check(db);
      rmSync(secretFile());
      await expect(check(db)).rejects.toThrow(/不见了.*从备份恢复.*talentmap rekey/s);
      expect(() => statSync(secretFile())).toThrow();
    });
  });

  it("stops when the secret is another one than the warehouse's keys were made with", async () => {
    await withWarehouse(async (db) => {
      await check(db);
      writeFileSync(secretFile(), "cd".repeat(32));
      await expect(check(db)).rejects.toThrow(/不符/);
    });
  });

  it("a warehouse keyed before epochs: adopts the secret there is, refuses to make one", async () => {
    await withWarehouse(async (db) => {
      await db.run("create table people (person_key varchar)");
      await expect(check(db)).rejects.toThrow(/不见了/);
      writeSecret(hex);
      expect((await check(db)).secret.toString("hex")).toBe(hex);
      expect((await currentEpoch(db))?.epoch).toBe(1);
    });
  });

  it.skipIf(process.platform === "win32")("warns when it fixes the secret's mode", async () => {
    writeSecret(hex, 0o640);
    const warnings: string[] = [];
    await withWarehouse((db) => check(db, warnings));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("0640");
    expect(warnings[0]).toContain("0600");
  });
});
