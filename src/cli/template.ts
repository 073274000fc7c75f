import { existsSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { ExitCode, UserError } from "../errors.ts";
import { writeFileAtomic } from "../fs/atomic.ts";
import { fullName } from "../regions/index.ts";
import { waveLabel } from "../template/form.ts";
import { surveyFormBytes } from "../template/workbook.ts";
import type { Chain } from "../workspace/config.ts";
import { wavePattern } from "../workspace/files.ts";
import { loadWorkspace } from "../workspace/load.ts";
import { parseCommandArgs } from "./args.ts";

export const templateHelp = `Usage: talentmap template --wave YYYYH1|YYYYH2 --out FILE.xlsx [--data DIR]

Writes the blank demand survey form for a wave: an instructions sheet (填表说明), the data
sheet (需求表) with the canonical Chinese headers and dropdown lists for education, title,
skill, urgency, mode and industry chain (the chains of the workspace's chains.json), and
checks on headcount, credit code and date. A form filled in as instructed reads back with no
rejects; put the returned files in <workspace>/surveys/<wave>/.

  --wave W     the survey wave, e.g. 2025H1 (first half) or 2025H2
  --out FILE   the workbook to write (.xlsx)
  --data DIR   the workspace whose chains.json and locality are used (default: data; without
               one, the chain column has no dropdown and the title names no place)`;

function parse(args: string[]) {
  return parseCommandArgs(
    args,
    {
      wave: { type: "string" },
      out: { type: "string" },
      data: { type: "string" },
      help: { type: "boolean", short: "h" },
    } as const,
    templateHelp,
  );
}

export async function main(args: string[]): Promise<number> {
  const { values } = parse(args);
  if (values.help) {
    process.stdout.write(`${templateHelp}\n`);
    return ExitCode.ok;
  }
  if (!values.wave || !wavePattern.test(values.wave)) {
    throw new UserError(
      `--wave must name a half year as YYYYH1 or YYYYH2 (e.g. 2025H1), not "${values.wave ?? ""}"\n\n${templateHelp}`,
      ExitCode.usage,
    );
  }
  if (!values.out || extname(values.out).toLowerCase() !== ".xlsx") {
    throw new UserError(`--out must name an .xlsx file\n\n${templateHelp}`, ExitCode.usage);
  }
  // --data given: the workspace must load; not given: the default one is used if present.
  const dir = resolve(values.data ?? "data");
  const workspace =
    values.data !== undefined || existsSync(join(dir, "chains.json")) ? loadWorkspace(dir) : null;
  const chains: readonly Chain[] = workspace?.chains ?? [];
  const locality = workspace?.config.locality;
  const place = locality ? (fullName(locality) ?? "") : "";
  const title = `${place}${waveLabel(values.wave)}重点企业人才需求调查表`;
  const out = resolve(values.out);
  await writeFileAtomic(
    out,
    await surveyFormBytes({ wave: values.wave, title, chains, created: new Date() }),
  );
  process.stderr.write(
    `talentmap: wrote ${out}: the ${values.wave} survey form${chains.length > 0 ? `, ${chains.length} chains in its dropdown` : ", no chain dropdown (no workspace)"}\n`,
  );
  return ExitCode.ok;
}
