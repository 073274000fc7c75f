import { createHash, createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { blobValue, type DuckDBValue } from "@duckdb/node-api";

/**
 * The workspace's secret for pseudonymous keys, made on first run and kept in the workspace's
 * `.talentmap/` folder: without it a key cannot be traced back to an ID number or phone, and
 * it never appears in any output.
 */
export function workspaceSecret(workspaceDir: string): Buffer {
  const dir = join(workspaceDir, ".talentmap");
  const path = join(dir, "secret");
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  }
  return Buffer.from(readFileSync(path, "utf8").trim(), "hex");
}

/** HMAC-SHA256 of what identifies a person, shortened: enough bits to never collide in a roster. */
export function personKey(secret: Buffer, identity: string): string {
  return createHmac("sha256", secret).update(identity).digest("hex").slice(0, 24);
}

/** The HMAC key's inner and outer pads (RFC 2104), the key hashed first when over a block. */
function hmacPads(secret: Buffer): { inner: Buffer; outer: Buffer } {
  const block = Buffer.alloc(64);
  (secret.length > 64 ? createHash("sha256").update(secret).digest() : secret).copy(block);
  return {
    inner: Buffer.from(block.map((b) => b ^ 0x36)),
    outer: Buffer.from(block.map((b) => b ^ 0x5c)),
  };
}

/**
 * `personKey` in SQL, so a million identities are keyed inside DuckDB (its sha256 on two
 * threads) rather than one JavaScript call and one appended row each. `sql(expr)` is the key
 * of the text `expr`; `params` binds the pads, never written into the statement's text.
 */
export function personKeySql(secret: Buffer): {
  sql: (expr: string) => string;
  params: Record<string, DuckDBValue>;
} {
  const { inner, outer } = hmacPads(secret);
  return {
    sql: (expr) => `left(sha256($hmac_outer || unhex(sha256($hmac_inner || encode(${expr})))), 24)`,
    params: { hmac_inner: blobValue(inner), hmac_outer: blobValue(outer) },
  };
}
