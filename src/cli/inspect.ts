import { existsSync } from "node:fs";
import { basename } from "node:path";
import { ExitCode, UserError } from "../errors.ts";
import type { Lang } from "../messages/lang.ts";
import { rejectReasons } from "../messages/rejects.ts";
import { FileRejected } from "../readers/types.ts";
import { type Inspection, inspectFile } from "../sources/inspect.ts";
import { type InputKind, kindOfPath } from "../sources/kinds.ts";
import { openWarehouse } from "../warehouse/connect.ts";
import { installMacros } from "../warehouse/macros.ts";
import { langOption, parseCommandArgs } from "./args.ts";

export const inspectHelp = `Usage: talentmap inspect FILE [--json] [--kind demand|roster] [--sheet NAME] [--rows N] [--lang zh|en]

Shows how the pipeline reads one survey or roster file: its format and encoding, its sheets
(data sheets and skipped ones), the header row, each header and the field it maps to, and the
first data rows (all of them with --json).

  --json        print one JSON object: {file, format, encoding, kind, sheet, headerRow,
                headerRows, columns: [{column, header, field}], records: [{<header>: text}],
                rowNumbers, sheets: [{sheet, headerRow, headerRows}]}; records hold every
                data row of the sheet shown, the text exactly as in the file
  --kind K      demand or roster; default: from the path (surveys/ or rosters/), else the
                kind whose headers the file names best
  --sheet NAME  the sheet to show (default: the first sheet with a header)
  --rows N      data rows to print without --json (default 10)
  --lang L      zh (default) or en, for the reason a file cannot be read

Exit codes: 0 the file has a header the pipeline recognises; 3 it would be set aside (no
header, or unreadable: the reason is printed); 2 a wrong command line.`;

function parse(args: string[]) {
  return parseCommandArgs(
    args,
    {
      json: { type: "boolean", default: false },
      kind: { type: "string" },
      sheet: { type: "string" },
      rows: { type: "string", default: "10" },
      lang: { type: "string", default: "zh" },
      help: { type: "boolean", short: "h" },
    } as const,
    inspectHelp,
    true,
  );
}

export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    process.stdout.write(`${inspectHelp}\n`);
    return ExitCode.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new UserError(`inspect takes one FILE\n\n${inspectHelp}`, ExitCode.usage);
  if (values.kind !== undefined && values.kind !== "demand" && values.kind !== "roster")
    throw new UserError(`--kind must be demand or roster, not "${values.kind}"`, ExitCode.usage);
  const lang = langOption(values.lang);
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 0)
    throw new UserError(`--rows must be a whole number, not "${values.rows}"`, ExitCode.usage);
  if (!existsSync(file)) throw new UserError(`${file}: no such file`);

  const kind = (values.kind as InputKind | undefined) ?? kindOfPath(file);
  const warehouse = await openWarehouse();
  try {
    await installMacros(warehouse.connection);
    const seen = await inspectFile(warehouse.connection, file, {
      kind,
      ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
    });
    write(
      values.json
        ? `${JSON.stringify(asJson(file, seen, lang), null, 2)}`
        : asText(file, seen, rows, lang),
    );
    return seen.sheet === null ? ExitCode.completedWithRejects : ExitCode.ok;
  } catch (error) {
    if (!(error instanceof FileRejected)) throw error;
    const reason = rejectReasons[error.reasonCode][lang];
    if (values.json)
      write(JSON.stringify({ file, error: { code: error.reasonCode, reason } }, null, 2));
    else write(`${file}: ${reason}`);
    return ExitCode.completedWithRejects;
  } finally {
    warehouse.close();
  }
}

const write = (text: string) => process.stdout.write(`${text}\n`);

function asJson(file: string, seen: Inspection, lang: Lang) {
  return {
    file,
    format: seen.format,
    encoding: seen.encoding,
    kind: seen.kind,
    sheet: seen.sheet?.sheet ?? null,
    headerRow: seen.sheet?.headerRow ?? null,
    headerRows: seen.sheet?.headerRows ?? null,
    columns: seen.columns,
    records: seen.records,
    rowNumbers: seen.rowNumbers,
    sheets: seen.sheets,
    ...(seen.sheet === null
      ? {
          error: { code: "no_header", reason: rejectReasons.no_header[lang] },
          preview: seen.preview,
        }
      : {}),
  };
}

function asText(file: string, seen: Inspection, rows: number, lang: Lang): string {
  const lines = [
    `文件 file       ${basename(file)}`,
    `格式 format     ${seen.format}${seen.encoding === null ? "" : `, ${seen.encoding}`}`,
    `类型 kind       ${seen.kind === "demand" ? "需求调查 demand survey" : "人才名册 roster"}`,
    `工作表 sheets   ${seen.sheets
      .map((s) =>
        s.headerRow === null
          ? `${s.sheet ?? "(csv)"}: 无表头，跳过 no header, skipped`
          : `${s.sheet ?? "(csv)"}: 表头在第 ${s.headerRow} 行 header at row ${s.headerRow}${s.headerRows === 2 ? `–${s.headerRow + 1}` : ""}`,
      )
      .join("; ")}`,
  ];
  if (seen.sheet === null) {
    lines.push("", rejectReasons.no_header[lang], "前几行 first rows:");
    for (const row of seen.preview.slice(0, rows)) lines.push(`  ${row.join(" | ")}`);
    return lines.join("\n");
  }
  lines.push("", "列 columns:");
  for (const c of seen.columns)
    lines.push(`  ${c.column.padEnd(3)} ${c.header || "(空)"} → ${c.field ?? "— 不读取 not read"}`);
  lines.push("", `数据行 data rows: ${seen.records.length}`);
  seen.records.slice(0, rows).forEach((record, i) => {
    lines.push(`  第 ${seen.rowNumbers[i]} 行  ${Object.values(record).join(" | ")}`);
  });
  return lines.join("\n");
}
