import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, tableExists } from "../warehouse/sql.ts";
import type { ScannedFile } from "../workspace/scan.ts";

/** An input file as the warehouse last read it (table `ingested_files`, made by ingest). */
export interface IngestedFile {
  readonly file: string;
  readonly kind: string;
  readonly wave: string | null;
  /** Null when the file changed while it was being read: it is read again next time. */
  readonly sha256: string | null;
  readonly ingest_key: string;
}

export interface FileChange {
  readonly file: string;
  readonly change: "added" | "changed" | "removed";
  readonly kind: string;
  readonly wave: string | null;
}

/** The files the warehouse holds rows or rejects of; empty for a new warehouse. */
export async function readIngested(db: DuckDBConnection): Promise<IngestedFile[]> {
  if (!(await tableExists(db, "ingested_files"))) return [];
  return queryRows<IngestedFile & Record<string, unknown>>(
    db,
    "select file, kind, wave, sha256, ingest_key from ingested_files order by file",
  );
}

/** Files added, changed (content) or removed since the warehouse last read them. */
export function diffFiles(
  now: readonly ScannedFile[],
  before: readonly IngestedFile[],
): FileChange[] {
  const old = new Map(before.map((f) => [f.file, f]));
  const seen = new Set(now.map((f) => f.file));
  const changes: FileChange[] = [];
  for (const f of now) {
    const b = old.get(f.file);
    if (!b) changes.push({ file: f.file, change: "added", kind: f.kind, wave: f.wave });
    else if (b.sha256 !== f.sha256)
      changes.push({ file: f.file, change: "changed", kind: f.kind, wave: f.wave });
  }
  for (const b of before) {
    if (!seen.has(b.file))
      changes.push({ file: b.file, change: "removed", kind: b.kind, wave: b.wave });
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Survey files are reloaded a wave at a time (a survey outside a wave folder on its own): a
 * wave any of whose files was added, changed or removed is replaced whole. Rosters form one
 * group that is always read again, since their rows are never kept between runs (privacy).
 */
function groupOf(f: { kind: string; wave: string | null; file: string }): string {
  if (f.kind === "roster") return "rosters";
  return f.wave ? `wave:${f.wave}` : `file:${f.file}`;
}

export interface IngestPlan {
  /** Files to read now. */
  readonly read: readonly ScannedFile[];
  /** Files whose rows and rejects go before reading (read again, or removed). */
  readonly drop: readonly string[];
  /** Whether nothing read before is kept (a new warehouse, another version or settings). */
  readonly full: boolean;
}

/**
 * What ingest reads and drops. `key` stands for what else decides a file's rows and rejects
 * (code version, language, settings): a file read under another key is read again.
 */
export function planIngest(
  now: readonly ScannedFile[],
  before: readonly IngestedFile[],
  key: string,
  forceFull: boolean,
): IngestPlan {
  const full = forceFull || before.length === 0 || before.some((b) => b.ingest_key !== key);
  if (full) return { read: now, drop: before.map((b) => b.file), full: true };
  // A file read while it changed has no hash kept, so diffFiles finds it changed too.
  const dirty = new Set<string>(["rosters", ...diffFiles(now, before).map(groupOf)]);
  return {
    read: now.filter((f) => dirty.has(groupOf(f))),
    drop: before.filter((b) => dirty.has(groupOf(b))).map((b) => b.file),
    full: false,
  };
}
