import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { ExitCode, UserError } from "../errors.ts";
import { rekeyMessages } from "../messages/safety.ts";
import { startEpoch } from "../people/keyEpoch.ts";
import { keyCheckValue, replaceSecret } from "../people/secret.ts";
import { langOption, parseCommandArgs } from "./args.ts";
import { defaultDb } from "./run.ts";

export const rekeyHelp = `Usage: talentmap rekey --data DIR [--db FILE | --out DIR] [--yes] [--lang zh|en]

用法：为工作区启用新密钥（新的密钥周期）。下次运行后所有人员编号都会改变，以前导出的
Parquet 将无法与新导出按人员编号关联。仅在密钥丢失且无备份、或密钥可能已泄露时使用；
密钥丢失时应先尝试从备份恢复 .talentmap/secret。

Starts a new key epoch for the workspace: writes a new secret (32 random bytes, mode 0600)
to DIR/.talentmap/secret and records it in the warehouse, so the next run keys every person
again with it. Every person key changes; Parquet exports written before no longer join with
new ones by person key. Use it when the secret is lost with no backup, or may have leaked;
when it is lost, first try to restore .talentmap/secret from a backup. The old secret is kept
as .talentmap/secret.replaced-<time>, never deleted. Without a terminal to ask on, --yes is
required.

  --data DIR   the workspace (default: data)
  --db FILE    the warehouse runs of this workspace write (default: <out>.duckdb)
  --out DIR    the output folder given to run, to find its warehouse (default: reports)
  --yes        do not ask (required when not run from a terminal)
  --lang L     zh (default) or en: the language of messages`;

function parse(args: string[]) {
  return parseCommandArgs(
    args,
    {
      data: { type: "string", default: "data" },
      db: { type: "string" },
      out: { type: "string", default: "reports" },
      yes: { type: "boolean", default: false },
      lang: { type: "string", default: "zh" },
      help: { type: "boolean", short: "h" },
    } as const,
    rekeyHelp,
  );
}

async function confirmed(prompt: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(prompt)).trim().toLowerCase() === "yes";
  } finally {
    rl.close();
  }
}

/** `talentmap rekey`: the one way to change the secret of a workspace whose people are keyed. */
export async function main(args: string[]): Promise<number> {
  const { values } = parse(args);
  if (values.help) {
    process.stdout.write(`${rekeyHelp}\n`);
    return ExitCode.ok;
  }
  const lang = langOption(values.lang);
  const data = resolve(values.data);
  if (!existsSync(join(data, "chains.json")))
    throw new UserError(rekeyMessages.noWorkspace(data)[lang], ExitCode.usage);
  const db = resolve(values.db ?? defaultDb(resolve(values.out)));
  process.stderr.write(`talentmap: ${rekeyMessages.whatChanges(data, db)[lang]}\n`);
  if (!values.yes) {
    if (!process.stdin.isTTY) throw new UserError(rekeyMessages.needsYes[lang], ExitCode.usage);
    if (!(await confirmed(rekeyMessages.prompt[lang]))) {
      process.stderr.write(`talentmap: ${rekeyMessages.cancelled[lang]}\n`);
      return ExitCode.failed;
    }
  }
  // Under the workspace's lock, so no run keys people while the secret changes.
  const { acquireLock } = await import("../runs/lock.ts");
  const lock = acquireLock(data, "rekey");
  try {
    const now = new Date();
    // The warehouse, if a run made one, records the new epoch; else the next run adopts it.
    const { openWarehouse } = await import("../warehouse/connect.ts");
    const warehouse = existsSync(db) ? await openWarehouse(db) : null;
    try {
      const { secret } = replaceSecret(data, now);
      const epoch = warehouse
        ? await startEpoch(warehouse.connection, keyCheckValue(secret), now, "rekey")
        : 1;
      process.stderr.write(`talentmap: ${rekeyMessages.done(epoch)[lang]}\n`);
    } finally {
      warehouse?.close();
    }
    return ExitCode.ok;
  } finally {
    lock.release();
  }
}
