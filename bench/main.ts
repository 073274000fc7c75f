import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runBench } from "./bench.ts";
import { formatTable } from "./table.ts";
import { formatTargets } from "./targets.ts";

const help = `Usage: npm run bench -- [options]

Generates seeded scale workspaces (reused when the parameters match), times DuckDB's own
read_csv on the same files, then \`talentmap run\` stage by stage, each step in a process of
its own, and prints a table, then each target of the README's "Scale" section as PASS or
FAIL. Exits 1 when a target fails, a file's rows are not all accounted for (read = loaded +
rejected = planted), or the roster split in two files gives other figures.

  --people N      roster rows, one UTF-8 CSV (default 1000000)
  --demand M      demand rows over two waves, UTF-8 CSVs (default 200000)
  --xlsx-rows K   demand rows of the workbook workspace (default 100000)
  --seed S        generator seed (default 20241)
  --dir DIR       scratch folder for inputs and runs (default: <tmpdir>/talentmap-bench)
  --json FILE     also write the table rows as JSON
  --skip-xlsx     no workbook workspace
  --skip-gb18030  no GB18030 workspace
  --skip-split    no run of the roster split in two files (it takes as long as the scale run)
  --keep          keep the runs' outputs and warehouses (DIR/runs); inputs are always kept
  -h, --help      this text`;

function count(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      people: { type: "string", default: "1000000" },
      demand: { type: "string", default: "200000" },
      "xlsx-rows": { type: "string", default: "100000" },
      seed: { type: "string", default: "20241" },
      dir: { type: "string" },
      json: { type: "string" },
      "skip-xlsx": { type: "boolean", default: false },
      "skip-gb18030": { type: "boolean", default: false },
      "skip-split": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  const options = {
    dir: resolve(values.dir ?? join(tmpdir(), "talentmap-bench")),
    seed: count("seed", values.seed, 0),
    people: count("people", values.people, 1),
    demand: count("demand", values.demand, 2),
    xlsxRows: count("xlsx-rows", values["xlsx-rows"], 1),
    skipXlsx: values["skip-xlsx"],
    skipGb18030: values["skip-gb18030"],
    skipSplit: values["skip-split"],
    keep: values.keep,
  };
  const result = await runBench({
    ...options,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatTable(result.rows)}\n\n${formatTargets(result.targets)}\n`);
  for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
  if (values.json !== undefined) {
    const path = resolve(values.json);
    mkdirSync(dirname(path), { recursive: true });
    const machine = {
      node: process.version,
      cpus: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      platform: process.platform,
    };
    const report = {
      options,
      machine,
      rows: result.rows,
      targets: result.targets,
      notes: result.notes,
      failures: result.failures,
    };
    writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (result.failures.length > 0) {
    process.stderr.write(`\nCORRECTNESS FAILED (${result.failures.length}):\n`);
    for (const failure of result.failures) process.stderr.write(`  ${failure}\n`);
  }
  return result.failures.length > 0 || result.targets.some((t) => !t.pass) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
