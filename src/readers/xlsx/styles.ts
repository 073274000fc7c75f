import type { WorkbookLimits } from "../../limits.ts";
import type { ZipArchive } from "../zip.ts";
import { parseXml } from "./xml.ts";

/**
 * Built-in number formats that show a date: 14–17 and 22 everywhere, 27–36 and 50–58 in
 * Chinese, Japanese and Korean Excel (年月日 formats). Time-only formats (18–21, 45–47) are
 * left as numbers.
 */
const builtinDates = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a format code shows a date: after dropping quoted text, escapes, [colour] and
 * [$-804] sections, it has a year, day or 年/月/日 in it. "0.00", "@", "General" do not.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
  return /[ydYD年月日]/.test(bare);
}

/** For each cell style index (the `s` of a cell), whether its number format is a date. */
export async function readDateStyles(
  zip: ZipArchive,
  part: string | null,
  limits: WorkbookLimits,
): Promise<boolean[]> {
  const dates: boolean[] = [];
  if (part === null) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  await parseXml(
    zip.chunks(part),
    {
      open(name, attributes) {
        if (name === "numFmt") {
          const id = Number(attributes.numFmtId);
          if (Number.isInteger(id)) custom.set(id, attributes.formatCode ?? "");
        } else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          const id = Number(attributes.numFmtId ?? 0);
          const code = custom.get(id);
          dates.push(code === undefined ? builtinDates.has(id) : isDateFormat(code));
        }
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    part,
    limits,
  );
  return dates;
}
