import { SaxesParser } from "saxes";
import type { WorkbookLimits } from "../../limits.ts";
import { FileRejected } from "../types.ts";

export type Attributes = Readonly<Record<string, string>>;

/** What a part's reader listens for; names come without their namespace prefix. */
export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
  /** Called between chunks, where asynchronous work (appending rows) may run. */
  drain?(): Promise<void>;
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams one XML part through saxes, a conforming SAX parser with no entity expansion
 * beyond XML's five (no DTD, so no "billion laughs"), and no regular expression over the
 * input: a crafted part can be slow only in proportion to its size. saxes keeps every open
 * element on a stack, so nesting is bounded too: past `maxXmlDepth` the part is set aside
 * before millions of nested elements fill the heap. And saxes holds a tag, a comment or a
 * text whole until it ends: past `maxXmlTokenCharacters` with nothing reported, the part is
 * set aside before a tag of millions of attributes does the same.
 */
export async function parseXml(
  chunks: AsyncIterable<Uint8Array>,
  handlers: XmlHandlers,
  part: string,
  limits: Pick<WorkbookLimits, "maxXmlDepth" | "maxXmlTokenCharacters">,
): Promise<void> {
  const { maxXmlDepth, maxXmlTokenCharacters } = limits;
  const parser = new SaxesParser({ position: false });
  const open = handlers.open;
  const close = handlers.close;
  const text = handlers.text;
  let depth = 0;
  // Whether the parser reported anything during the last chunk, and for how many
  // characters it has not (counted a chunk at a time: no cost per element).
  let heard = false;
  let quiet = 0;
  parser.on("opentag", (tag) => {
    heard = true;
    if (++depth > maxXmlDepth)
      throw new FileRejected("xml_too_deep", `${part} nests deeper than ${maxXmlDepth}`);
    open?.(localName(tag.name), tag.attributes as Attributes);
  });
  parser.on("closetag", (tag) => {
    heard = true;
    depth--;
    close?.(localName(tag.name));
  });
  const onText = (value: string) => {
    heard = true;
    text?.(value);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of chunks) {
      const decoded = decoder.decode(chunk, { stream: true });
      parser.write(decoded);
      quiet = heard ? 0 : quiet + decoded.length;
      heard = false;
      if (quiet > maxXmlTokenCharacters)
        throw new FileRejected("xml_token_too_long", `${part}: ${quiet} characters unreported`);
      await handlers.drain?.();
    }
    parser.write(decoder.decode());
    parser.close();
    await handlers.drain?.();
  } catch (error) {
    if (error instanceof FileRejected) throw error;
    throw new FileRejected("corrupt_workbook", `${part}: ${(error as Error).message}`);
  }
}

/** An attribute by its local name, whatever namespace prefix the writer chose (r:id, d3p1:id). */
export function attribute(attributes: Attributes, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key of Object.keys(attributes)) {
    if (key.endsWith(`:${name}`)) return attributes[key];
  }
  return undefined;
}
