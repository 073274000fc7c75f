import type { WorkbookLimits } from "../../limits.ts";
import { FileRejected } from "../types.ts";
import type { ZipArchive } from "../zip.ts";
import { parseXml } from "./xml.ts";

/** What one shared string is reckoned to take in memory beyond its characters. */
const bytesPerString = 32;

/**
 * The shared strings table, streamed: each `<si>` is the text of its `<t>` runs, phonetic
 * guides (`<rPh>`) left out. Held in memory, since cells refer to it by index in any order:
 * it grows with the workbook's distinct texts, not with its rows. So it is bounded: a string
 * over Excel's cell limit, or a table past `maxSharedStringBytes`, sets the workbook aside
 * while it is being read, not once it fills the heap.
 */
export async function readSharedStrings(
  zip: ZipArchive,
  part: string | null,
  limits: WorkbookLimits,
): Promise<string[]> {
  const strings: string[] = [];
  if (part === null) return strings;
  const { maxCellCharacters, maxSharedStringBytes } = limits;
  let current: string[] = [];
  let length = 0;
  let held = 0;
  let inText = false;
  let phonetic = 0;
  await parseXml(
    zip.chunks(part),
    {
      open(name, attributes) {
        // Excel declares the count up front: a table too large is refused before reading it.
        if (
          name === "sst" &&
          Number(attributes.uniqueCount) * bytesPerString > maxSharedStringBytes
        )
          throw new FileRejected("shared_strings_too_large", `declares ${attributes.uniqueCount}`);
        if (name === "si") {
          current = [];
          length = 0;
        } else if (name === "t") inText = phonetic === 0;
        else if (name === "rPh") phonetic++;
      },
      close(name) {
        if (name === "si") {
          held += bytesPerString + 2 * length;
          if (held > maxSharedStringBytes)
            throw new FileRejected(
              "shared_strings_too_large",
              `over ${maxSharedStringBytes} bytes`,
            );
          strings.push(current.join(""));
        } else if (name === "t") inText = false;
        else if (name === "rPh") phonetic--;
      },
      text(value) {
        if (!inText) return;
        length += value.length;
        if (length > maxCellCharacters)
          throw new FileRejected(
            "workbook_cell_too_long",
            `a shared string over ${maxCellCharacters}`,
          );
        current.push(value);
      },
    },
    part,
    limits,
  );
  return strings;
}
