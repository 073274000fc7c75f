/** A column's DuckDB type as information_schema names it, or the type and what it holds. */
export type ColumnSpec = string | readonly [type: string, holds: string];

/**
 * A warehouse table as its stage declares it: what one row is, and its columns in order. The
 * runner checks every stage's tables against their declaration after the stage, docs/tables.md
 * is generated from the declarations, and test fixtures build tables from them.
 */
export interface TableSpec {
  readonly name: string;
  /** What one row stands for. */
  readonly grain: string;
  readonly columns: Readonly<Record<string, ColumnSpec>>;
  /** What a reader must know beyond the columns. */
  readonly note?: string;
  /** Lives in the run's memory only, never in the warehouse file (roster rows: personal data). */
  readonly temporary?: boolean;
}

export const columnType = (spec: ColumnSpec): string => (typeof spec === "string" ? spec : spec[0]);
export const columnHolds = (spec: ColumnSpec): string | null =>
  typeof spec === "string" ? null : spec[1];
