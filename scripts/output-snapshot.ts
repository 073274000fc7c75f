/**
 * What every file a run writes holds, as one hash per file, for the demo and each hand-worked
 * case, in both languages: so a change meant to move code and not behaviour (a refactor) can
 * show that every output stayed byte-identical.
 *
 *   npx tsx scripts/output-snapshot.ts --write before.json   # on the commit before
 *   npx tsx scripts/output-snapshot.ts --check before.json   # after: lists what differs, exit 1
 *
 * The runs are pinned to one clock and one code version, so timestamps do not differ; a
 * workbook is compared part by part, its document properties (creation time) aside. The
 * workspaces are copied first: a run writes the workspace's secret and lock, never into the
 * repository.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import XLSX from "xlsx";
import { app } from "../pipelines/app.ts";
import { memoryLog } from "../src/log.ts";
import type { Lang } from "../src/messages/lang.ts";
import { executeRun } from "../src/runs/execute.ts";

const root = join(import.meta.dirname, "..");
const workspaces = [
  "data",
  ...readdirSync(join(root, "test", "cases")).map((name) => join("test", "cases", name, "input")),
].filter((dir) => existsSync(join(root, dir, "chains.json")));
const langs: readonly Lang[] = ["zh", "en"];
const pinnedNow = new Date("2026-01-01T00:00:00Z");
/** The secret of the copied workspaces, so person keys (and all that sorts by them) repeat. */
const pinnedSecret = "7".repeat(64);

type Snapshot = Record<string, Record<string, string>>;

async function snapshot(): Promise<Snapshot> {
  const result: Snapshot = {};
  const scratch = mkdtempSync(join(tmpdir(), "talentmap-snapshot-"));
  try {
    for (const dir of workspaces) {
      for (const lang of langs) {
        const data = join(scratch, "ws");
        rmSync(data, { recursive: true, force: true });
        cpSync(join(root, dir), data, {
          recursive: true,
          filter: (src) => !src.endsWith(".talentmap"),
        });
        mkdirSync(join(data, ".talentmap"));
        writeFileSync(join(data, ".talentmap", "secret"), `${pinnedSecret}\n`, { mode: 0o600 });
        const out = join(scratch, `out-${lang}`);
        await executeRun({
          app,
          command: "run",
          data,
          out,
          db: join(scratch, `w-${lang}.duckdb`),
          lang,
          pdf: false,
          rejectsOk: true,
          log: memoryLog(),
          now: () => new Date(pinnedNow),
          codeVersion: "snapshot",
        });
        result[`${dir} (${lang})`] = hashFolder(out);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return result;
}

/** Every file under `dir`: its path and a hash of what it holds (talentmap's marker aside). */
function hashFolder(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.startsWith(".talentmap")) hashes[relative(dir, path)] = hashFile(path);
    }
  };
  walk(dir);
  return hashes;
}

function hashFile(path: string): string {
  const bytes = readFileSync(path);
  const hash = createHash("sha256");
  if (!path.endsWith(".xlsx")) return hash.update(bytes).digest("hex");
  // SheetJS's bundled zip reader; its types say `any`, so the shape used is stated here.
  const zip: { FullPaths: string[]; FileIndex: { content?: Uint8Array }[] } = XLSX.CFB.read(bytes, {
    type: "buffer",
  });
  const parts = zip.FullPaths.map((name, i) => ({ name, content: zip.FileIndex[i]?.content }));
  for (const { name, content } of parts.sort((a, b) => a.name.localeCompare(b.name))) {
    if (name.endsWith("docProps/core.xml")) continue; // creation and modification times
    hash
      .update(name)
      .update("\0")
      .update(Buffer.from(content ?? []))
      .update("\0");
  }
  return hash.digest("hex");
}

function compare(before: Snapshot, after: Snapshot): string[] {
  const differences: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? {};
    const b = after[key] ?? {};
    for (const file of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[file] === b[file]) continue;
      const what = a[file] === undefined ? "new" : b[file] === undefined ? "gone" : "differs";
      differences.push(`${key}: ${file} ${what}`);
    }
  }
  return differences;
}

const { values } = parseArgs({ options: { write: { type: "string" }, check: { type: "string" } } });
if (!values.write && !values.check) {
  process.stderr.write("usage: output-snapshot.ts --write FILE | --check FILE\n");
  process.exit(2);
}
const current = await snapshot();
if (values.write) {
  writeFileSync(values.write, `${JSON.stringify(current, null, 1)}\n`);
  const files = Object.values(current).reduce((n, folder) => n + Object.keys(folder).length, 0);
  process.stdout.write(`${files} files of ${Object.keys(current).length} runs → ${values.write}\n`);
}
if (values.check) {
  const differences = compare(JSON.parse(readFileSync(values.check, "utf8")), current);
  for (const line of differences) process.stdout.write(`${line}\n`);
  process.stdout.write(
    differences.length === 0 ? "every output is as before\n" : `${differences.length} differ\n`,
  );
  process.exit(differences.length === 0 ? 0 : 1);
}
