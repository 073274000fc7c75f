import type { ZipArchive } from "../zip.ts";
import { parseXml } from "./xml.ts";

/**
 * The shared strings table, streamed: each `<si>` is the text of its `<t>` runs, phonetic
 * guides (`<rPh>`) left out. Held in memory, since cells refer to it by index in any order:
 * it grows with the workbook's distinct texts, not with its rows.
 */
export async function readSharedStrings(zip: ZipArchive, part: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (part === null) return strings;
  let current: string[] = [];
  let inText = false;
  let phonetic = 0;
  await parseXml(
    zip.chunks(part),
    {
      open(name) {
        if (name === "si") current = [];
        else if (name === "t") inText = phonetic === 0;
        else if (name === "rPh") phonetic++;
      },
      close(name) {
        if (name === "si") strings.push(current.join(""));
        else if (name === "t") inText = false;
        else if (name === "rPh") phonetic--;
      },
      text(value) {
        if (inText) current.push(value);
      },
    },
    part,
  );
  return strings;
}
