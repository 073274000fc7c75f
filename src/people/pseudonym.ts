import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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
