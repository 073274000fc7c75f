import { createHmac, randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { UserError } from "../errors.ts";
import type { Lang } from "../messages/lang.ts";
import { secretMessages } from "../messages/safety.ts";

/**
 * The workspace's secret, `<workspace>/.talentmap/secret`: 32 random bytes written as 64
 * hexadecimal characters (a trailing newline is allowed, so an editor or `echo` restoring it
 * from a backup does no harm), mode 0600. Anything else is refused, never read as a key: a
 * passphrase or an empty file read as hex gave an empty HMAC key, and every person key became
 * HMAC("", "id:"+ID), which anyone can recompute from a county's ID numbers.
 */
export const secretBytes = 32;
const secretPattern = /^[0-9a-fA-F]{64}$/;

export function secretPath(workspaceDir: string): string {
  return join(workspaceDir, ".talentmap", "secret");
}

/**
 * The secret, or null when there is none yet. A malformed or unreadable file is a UserError
 * that says to restore it or start a new key (talentmap rekey). A secret its group or others
 * can read is set to 0600 and `warn` says so: refusing it would stop the nightly job over
 * something we can fix, and cannot undo a copy already made (the warning says to rekey then).
 */
export function readSecret(
  workspaceDir: string,
  lang: Lang = "zh",
  warn: (message: string) => void = () => {},
): Buffer | null {
  const path = secretPath(workspaceDir);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    throw new UserError(secretMessages.unreadable(path, code ?? String(error))[lang]);
  }
  const hex = text.trim();
  if (!secretPattern.test(hex))
    throw new UserError(secretMessages.malformed(path, workspaceDir)[lang]);
  if (process.platform !== "win32") {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      chmodSync(path, 0o600);
      warn(secretMessages.looseMode(path, `0${mode.toString(8)}`)[lang]);
    }
  }
  return Buffer.from(hex, "hex");
}

/**
 * Writes a new secret to `path` (which must not exist), owner-only from the first byte, and
 * flushed to disk before it is used: a key made with a secret lost in a crash is a key lost.
 */
function writeNewSecret(path: string): Buffer {
  const secret = randomBytes(secretBytes);
  const fd = openSync(path, "wx", 0o600);
  try {
    writeSync(fd, secret.toString("hex"));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return secret;
}

/** A new secret for a workspace that has none (`wx`: never over one written meanwhile). */
export function createSecret(workspaceDir: string): Buffer {
  mkdirSync(join(workspaceDir, ".talentmap"), { recursive: true, mode: 0o700 });
  return writeNewSecret(secretPath(workspaceDir));
}

/**
 * Puts a new secret in place of the current one, which is kept beside it as
 * `secret.replaced-<time>` (whoever wrote it, talentmap or a user, it is never deleted; a
 * mistaken rekey can be undone by putting it back and running rekey again).
 */
export function replaceSecret(
  workspaceDir: string,
  now: Date,
): { secret: Buffer; keptAs: string | null } {
  mkdirSync(join(workspaceDir, ".talentmap"), { recursive: true, mode: 0o700 });
  const path = secretPath(workspaceDir);
  const fresh = `${path}.new-${process.pid}`;
  const secret = writeNewSecret(fresh);
  let keptAs: string | null = `${path}.replaced-${now.toISOString().replace(/[:.]/g, "-")}`;
  try {
    renameSync(path, keptAs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    keptAs = null;
  }
  renameSync(fresh, path);
  return { secret, keptAs };
}

/**
 * A check value of the secret, kept in the warehouse so a run can tell whether the secret is
 * the one its person keys were made with. An HMAC of a fixed text: it does not reveal the
 * secret, and is not the key of any identity (those texts start with "id:" or "~").
 */
export function keyCheckValue(secret: Buffer): string {
  return createHmac("sha256", secret).update("talentmap-key-check").digest("hex").slice(0, 32);
}
