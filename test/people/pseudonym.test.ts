import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { personKey, personKeySql, workspaceSecret } from "../../src/people/pseudonym.ts";
import { withWarehouse } from "../helpers/warehouse.ts";

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), "talentmap-pseudonym-test-"));
});
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
});

describe("workspaceSecret", () => {
  it("creates a 32-byte secret in .talentmap/ on first use, readable by the owner only", () => {
    const secret = workspaceSecret(workspace);
    expect(secret).toBeInstanceOf(Buffer);
    expect(secret.length).toBe(32);
    const path = join(workspace, ".talentmap", "secret");
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(secret.toString("hex"));
    if (process.platform !== "win32") expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("reuses the secret on later runs", () => {
    const first = workspaceSecret(workspace);
    const path = join(workspace, ".talentmap", "secret");
    const written = statSync(path).mtimeMs;
    const second = workspaceSecret(workspace);
    expect(second.equals(first)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(written);
    expect(readdirSync(join(workspace, ".talentmap"))).toEqual(["secret"]);
  });

  it("gives each workspace its own secret", () => {
    const other = mkdtempSync(join(tmpdir(), "talentmap-pseudonym-test-"));
    try {
      expect(workspaceSecret(other).equals(workspaceSecret(workspace))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("personKey", () => {
  const secret = Buffer.alloc(32, 7);
  const otherSecret = Buffer.alloc(32, 8);
  const identity = "id:11010519491231002X";

  it("is 24 lower-case hex characters", () => {
    expect(personKey(secret, identity)).toMatch(/^[0-9a-f]{24}$/);
  });

  it("is the first 24 hex digits of HMAC-SHA256 (a key every later run must reproduce)", () => {
    // Worked out with openssl dgst -sha256 -mac HMAC, not with the code under test.
    expect(personKey(secret, identity)).toBe("07bd711a93f685635adc8fee");
  });

  it("is stable for the same secret and identity", () => {
    expect(personKey(secret, identity)).toBe(personKey(Buffer.from(secret), identity));
    expect(personKey(workspaceSecret(workspace), identity)).toBe(
      personKey(workspaceSecret(workspace), identity),
    );
  });

  it("differs across secrets and across identities", () => {
    expect(personKey(otherSecret, identity)).not.toBe(personKey(secret, identity));
    expect(personKey(secret, "id:110105194912310021")).not.toBe(personKey(secret, identity));
  });

  const identityArb = fc.oneof(
    fc.stringMatching(/^\d{17}[\dX]$/),
    fc.stringMatching(/^1[3-9]\d{9}$/),
    fc.string({ minLength: 8, maxLength: 40 }),
    fc.string({ unit: "grapheme", minLength: 2, maxLength: 12 }).map((name) => `${name}|1985-03`),
  );

  it("never contains the identity it was made from", () => {
    fc.assert(
      fc.property(identityArb, (text) => {
        const key = personKey(secret, text);
        expect(key).not.toContain(text);
        expect(key).not.toContain(text.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  it("is stable per secret and differs between secrets, for any identity", () => {
    fc.assert(
      fc.property(
        identityArb,
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (text, a, b) => {
          fc.pre(!Buffer.from(a).equals(Buffer.from(b)));
          expect(personKey(Buffer.from(a), text)).toBe(personKey(Buffer.from(a), text));
          expect(personKey(Buffer.from(a), text)).not.toBe(personKey(Buffer.from(b), text));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("personKeySql", () => {
  /** The SQL key of each text, made in an in-memory warehouse. */
  async function sqlKeys(secret: Buffer, texts: readonly string[]): Promise<string[]> {
    return withWarehouse(async (db) => {
      await db.run("create temp table identities (i integer, text varchar)");
      const appender = await db.createAppender("identities", "main", "temp");
      texts.forEach((text, i) => {
        appender.appendInteger(i);
        appender.appendVarchar(text);
        appender.endRow();
      });
      appender.closeSync();
      const key = personKeySql(secret);
      const reader = await db.runAndReadAll(
        `select ${key.sql("text")} as k from identities order by i`,
        key.params,
      );
      return reader.getRowsJS().map((row) => row[0] as string);
    });
  }

  it("gives the key personKey gives, for any secret and identity (UTF-8 included)", async () => {
    const cases = fc.sample(
      fc.tuple(
        fc.uint8Array({ minLength: 1, maxLength: 100 }),
        fc.array(
          fc.oneof(
            fc.string({ unit: "grapheme", maxLength: 30 }),
            fc.stringMatching(/^id:\d{17}[\dX]$/),
            fc.constant("~~nb:张三|1985-03"),
          ),
          { minLength: 1, maxLength: 20 },
        ),
      ),
      { numRuns: 40, seed: 42 },
    );
    for (const [bytes, texts] of cases) {
      const secret = Buffer.from(bytes);
      expect(await sqlKeys(secret, texts)).toEqual(texts.map((t) => personKey(secret, t)));
    }
  });

  it("gives openssl's HMAC for a secret longer than a block, which is hashed first", async () => {
    expect(await sqlKeys(Buffer.alloc(100, 0xab), ["id:11010519491231002X"])).toEqual([
      "b0d80dbafd8ee2f9f2733397",
    ]);
  });

  it("binds the key's pads as parameters, never writing them into the statement", () => {
    const { sql, params } = personKeySql(Buffer.alloc(32, 0xab));
    expect(sql("x")).not.toMatch(/[0-9a-f]{8}|\\x/i);
    expect(Object.keys(params).sort()).toEqual(["hmac_inner", "hmac_outer"]);
  });
});
