import { createHash, createHmac } from "node:crypto";
import { blobValue, type DuckDBValue } from "@duckdb/node-api";
import { createSecret, readSecret } from "./secret.ts";

/**
 * The workspace's secret for pseudonymous keys (see secret.ts for its file and checks), made
 * on first use: without it a key cannot be traced back to an ID number or phone, and it never
 * appears in any output. A run checks it against its warehouse first (keyEpoch.ts), so a
 * secret missing here is one no person was keyed with yet.
 */
export function workspaceSecret(workspaceDir: string): Buffer {
  return readSecret(workspaceDir) ?? createSecret(workspaceDir);
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
