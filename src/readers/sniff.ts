import { open } from "node:fs/promises";

/** What a file's first bytes say it is, whatever its name says. */
export type Sniffed = "zip" | "ole" | "text" | "empty";

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const emptyZipMagic = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary (OLE2): legacy .xls, and any password-protected xlsx. */
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

export async function sniff(path: string): Promise<Sniffed> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    if (bytesRead === 0) return "empty";
    if (startsWith(head, zipMagic) || startsWith(head, emptyZipMagic)) return "zip";
    if (startsWith(head, oleMagic)) return "ole";
    return "text";
  } finally {
    await handle.close();
  }
}

/**
 * An OLE file that holds an "EncryptedPackage" stream is an xlsx Excel encrypted with a
 * password (ECMA-376 agile or standard encryption); any other is a legacy .xls or another
 * Office 97–2003 file. Stream names are UTF-16LE in the OLE directory; the first 4 MB
 * hold the directory of any file this small enough to matter.
 */
export async function isEncryptedOffice(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(4 * 1024 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).includes(Buffer.from("EncryptedPackage", "utf16le"));
  } finally {
    await handle.close();
  }
}
