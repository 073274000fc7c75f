import type { DuckDBConnection } from "@duckdb/node-api";
import { UserError } from "../errors.ts";
import type { Lang } from "../messages/lang.ts";
import { secretMessages } from "../messages/safety.ts";
import { queryRows, tableExists } from "../warehouse/sql.ts";
import { createSecret, keyCheckValue, readSecret, secretPath } from "./secret.ts";

/**
 * Key epochs: the warehouse's `key_epochs` table records, for each secret its person keys were
 * made with, the secret's check value (secret.ts: keyCheckValue, never the secret). A run
 * compares the workspace's secret with the latest: a secret that is gone or another one stops
 * the run, where it used to be made anew in silence and change every key. Only
 * `talentmap rekey` starts a new epoch on a warehouse that has keys.
 */
export interface KeyEpoch {
  readonly epoch: number;
  readonly keyCheck: string;
}

async function ensureEpochs(db: DuckDBConnection): Promise<void> {
  await db.run(`create table if not exists key_epochs (epoch integer primary key,
    key_check varchar not null, started_at timestamp not null, started_by varchar not null)`);
}

/** The warehouse's latest epoch, or null when it recorded none (new, or made before epochs). */
export async function currentEpoch(db: DuckDBConnection): Promise<KeyEpoch | null> {
  if (!(await tableExists(db, "key_epochs"))) return null;
  const [row] = await queryRows<{ epoch: number; key_check: string }>(
    db,
    "select epoch, key_check from key_epochs order by epoch desc limit 1",
  );
  return row ? { epoch: row.epoch, keyCheck: row.key_check } : null;
}

/** Records `keyCheck` as the warehouse's new epoch; returns its number. */
export async function startEpoch(
  db: DuckDBConnection,
  keyCheck: string,
  now: Date,
  startedBy: string,
): Promise<number> {
  await ensureEpochs(db);
  const [row] = await queryRows<{ epoch: number }>(
    db,
    `insert into key_epochs
      select coalesce(max(epoch), 0) + 1, $check, $at::timestamp, $by from key_epochs
      returning epoch`,
    { check: keyCheck, at: now.toISOString(), by: startedBy },
  );
  return row?.epoch ?? 1;
}

/**
 * Whether people were keyed into this warehouse: an epoch recorded, or (a warehouse of a
 * talentmap before epochs) a `people` table.
 */
export async function hasPersonKeys(db: DuckDBConnection): Promise<boolean> {
  return (await currentEpoch(db)) !== null || (await tableExists(db, "people"));
}

/**
 * The check a run makes before any stage, under the workspace's lock: the secret the run will
 * key people with, and its check value (which goes into the run's fingerprint, so a refresh
 * after a rekey computes everything again instead of reporting nothing changed).
 * - no secret, no keys in the warehouse: a new secret, the warehouse's first epoch;
 * - no secret, keys: stops (restore it, or rekey);
 * - a secret, no epoch recorded: adopted (a new warehouse, or one from before epochs);
 * - a secret, an epoch: it must be that epoch's, else stops.
 */
export async function checkPersonKeys(
  db: DuckDBConnection,
  options: {
    data: string;
    db: string;
    lang: Lang;
    warn: (message: string) => void;
    now: Date;
  },
): Promise<{ secret: Buffer; keyCheck: string }> {
  const { data, lang } = options;
  const epoch = await currentEpoch(db);
  let secret = readSecret(data, lang, options.warn);
  if (secret === null) {
    if (epoch !== null || (await tableExists(db, "people")))
      throw new UserError(secretMessages.missing(secretPath(data), options.db, data)[lang]);
    secret = createSecret(data);
  }
  const keyCheck = keyCheckValue(secret);
  if (epoch === null) await startEpoch(db, keyCheck, options.now, "run");
  else if (epoch.keyCheck !== keyCheck)
    throw new UserError(secretMessages.mismatch(secretPath(data), options.db, data)[lang]);
  return { secret, keyCheck };
}
