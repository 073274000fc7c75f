import { posix } from "node:path";
import type { WorkbookLimits } from "../../limits.ts";
import { FileRejected } from "../types.ts";
import type { ZipArchive } from "../zip.ts";
import { type Attributes, attribute, parseXml } from "./xml.ts";

export interface WorkbookSheet {
  readonly name: string;
  /** Path of the sheet's XML inside the zip. */
  readonly part: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

const maxRelationships = (limits: WorkbookLimits) => 10 * limits.maxSheetsPerWorkbook + 1000;

export interface WorkbookParts {
  readonly sheets: readonly WorkbookSheet[];
  readonly sharedStrings: string | null;
  readonly styles: string | null;
  /** Dates count from 1904-01-01 (old Mac workbooks) rather than 1899-12-30. */
  readonly date1904: boolean;
}

/**
 * Relationship id → target part, resolved against the folder of the part that holds them.
 * They are held until the sheets are listed, so there may be no more than a workbook of the
 * most sheets needs, many times over (its themes, styles, links and caches included).
 */
async function relationships(
  zip: ZipArchive,
  relsPart: string,
  base: string,
  limits: WorkbookLimits,
): Promise<Map<string, { target: string; type: string }>> {
  const found = new Map<string, { target: string; type: string }>();
  if (!zip.has(relsPart)) return found;
  await parseXml(
    zip.chunks(relsPart),
    {
      open(name, attributes: Attributes) {
        if (name !== "Relationship") return;
        const id = attributes.Id;
        const target = attributes.Target;
        if (id === undefined || target === undefined || attributes.TargetMode === "External")
          return;
        const path = target.startsWith("/")
          ? target.slice(1)
          : posix.normalize(posix.join(base, target));
        found.set(id, { target: path, type: attributes.Type ?? "" });
        if (found.size > maxRelationships(limits))
          throw new FileRejected("corrupt_workbook", `${relsPart} lists over ${found.size - 1}`);
      },
    },
    relsPart,
    limits,
  );
  return found;
}

/**
 * The workbook's sheets in tab order, and where its shared strings and styles are. A
 * workbook that lists more sheets than `maxSheetsPerWorkbook` is set aside as soon as the
 * list passes it: each sheet costs a scan and a scratch table, and a crafted list may name
 * one part thousands of times.
 */
export async function readWorkbook(
  zip: ZipArchive,
  limits: WorkbookLimits,
): Promise<WorkbookParts> {
  const root = await relationships(zip, "_rels/.rels", "", limits);
  const officeDocument = [...root.values()].find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = officeDocument?.target ?? "xl/workbook.xml";
  const folder = posix.dirname(workbookPart);
  const rels = await relationships(
    zip,
    posix.join(folder, "_rels", `${posix.basename(workbookPart)}.rels`),
    folder,
    limits,
  );
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let listed = 0;
  await parseXml(
    zip.chunks(workbookPart),
    {
      open(name, attributes) {
        if (name === "workbookPr") {
          const value = attributes.date1904;
          date1904 = value === "1" || value === "true";
        }
        if (name !== "sheet") return;
        if (++listed > limits.maxSheetsPerWorkbook)
          throw new FileRejected("too_many_sheets", `over ${limits.maxSheetsPerWorkbook} sheets`);
        const id = attribute(attributes, "id");
        const rel = id === undefined ? undefined : rels.get(id);
        // Chart sheets and dialog sheets hold no cells.
        if (rel === undefined || !rel.type.endsWith("/worksheet")) return;
        const state = attributes.state;
        sheets.push({
          name: attributes.name ?? "",
          part: rel.target,
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
      },
    },
    workbookPart,
    limits,
  );
  const byType = (suffix: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix) && zip.has(r.target))?.target ?? null;
  return {
    sheets,
    sharedStrings: byType("/sharedStrings"),
    styles: byType("/styles"),
    date1904,
  };
}
