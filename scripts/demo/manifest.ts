/**
 * What the generator planted, written to `expected.json` beside the inputs so tests and
 * reviewers can check a run against it. It holds no personal data.
 */
export interface BadRow {
  /** The row as the user sees it in Excel (1-based; for CSV the line, the header being 1). */
  row: number;
  column: string;
  value: string;
  kind: string;
  reason: string;
}

export interface FileManifest {
  file: string;
  kind: "demand" | "roster";
  wave: string | null;
  format: "xlsx" | "csv";
  /** A CSV's encoding: "utf-8-bom" (Excel's CSV UTF-8) or "gb18030" (Excel's CSV on a Chinese Windows). */
  encoding: "utf-8-bom" | "gb18030" | null;
  /** Columns whose values are written in traditional characters (碩士, 高級工程師). */
  traditional: string[];
  /** The sheet holding the data (xlsx only). */
  sheet: string | null;
  headerRow: number;
  /** Non-blank rows under the header, notes rows excluded: rowsGood + rowsBad. */
  rowsRead: number;
  rowsGood: number;
  rowsBad: number;
  blankRows: number[];
  notesRows: number[];
  bad: BadRow[];
}

export interface DemandSummary {
  rowsRead: number;
  rowsGood: number;
  rowsBad: number;
  enterprises: number;
  /** Good rows by the route that decides their chain. */
  routes: { chain: number; sector: number; keyword: number; none: number; ambiguous: number };
  /** Good rows whose chain column names no chain (they go on to the sector route). */
  unresolvedChainValues: number;
  /** Good rows and headcount per chain and wave (ambiguous and none rows excluded). */
  byChain: Record<string, Record<string, { rows: number; headcount: number }>>;
}

export interface PeopleSummary {
  /** Distinct people among the good roster rows. */
  distinct: number;
  rowsRead: number;
  rowsGood: number;
  rowsBad: number;
  /** People planted in more than one file, by the key that links their rows. */
  duplicates: {
    idNumber: number;
    phone: number;
    nameAndBirth: number;
    threeFiles: number;
    transitive: number;
  };
  /** Pairs of different people sharing an office landline (not to be merged). */
  sharedLandlines: number;
  overseas: number;
}

export interface Manifest {
  generator: "scripts/generate-demo.ts";
  seed: number;
  requested: { people: number; demand: number };
  files: FileManifest[];
  demand: DemandSummary;
  people: PeopleSummary;
}
