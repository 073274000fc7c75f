import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Context } from "../../context.ts";
import { type DemandDetails, queryDemandDetails } from "./demand.ts";
import { type FieldDetails, queryFieldDetails } from "./field-details.ts";
import {
  type PeopleGroupRow,
  queryPeopleGroups,
  queryRosterFiles,
  queryWaveSources,
  type WaveSourceRow,
} from "./people.ts";

/** Where the figures came from, for the note under every chart. */
export type Sources = {
  waves: ReadonlyMap<string, WaveSourceRow>;
  rosterFiles: number;
  rosterRowsRejected: number;
  /**
   * The rosters' snapshot date: the newest modification date (UTC) of a roster file that
   * was read. The last-contact dates are gone by the time the report runs (normalise drops
   * the roster rows), and a file's date is what an analyst can check in a folder.
   */
  rosterDate: string | null;
};

/** Everything the pages show beyond summary.json, read once per run. */
export type Details = {
  demand: DemandDetails;
  people: PeopleGroupRow[];
  sources: Sources;
  /** Fields and majors (the fields stage); null for a warehouse made before it. */
  fields: FieldDetails | null;
};

export async function queryDetails(ctx: Context): Promise<Details> {
  const db = ctx.db;
  // One connection runs one query at a time: sequential on purpose.
  const demand = await queryDemandDetails(db);
  const people = await queryPeopleGroups(db);
  const waves = await queryWaveSources(db);
  const rosters = await queryRosterFiles(db);
  const fields = await queryFieldDetails(db);
  const read = rosters.filter((file) => !file.error);
  return {
    demand,
    people,
    sources: {
      waves: new Map(waves.map((row) => [row.wave, row])),
      rosterFiles: rosters.length,
      rosterRowsRejected: rosters.reduce((sum, file) => sum + file.rows_rejected, 0),
      rosterDate: await newestDate(
        ctx.workspace.dir,
        read.map((file) => file.file),
      ),
    },
    fields,
  };
}

/** The newest modification date of the files, as YYYY-MM-DD in UTC; null if none is found. */
export async function newestDate(dir: string, files: readonly string[]): Promise<string | null> {
  let newest: Date | null = null;
  for (const file of files) {
    const info = await stat(join(dir, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
      throw error;
    });
    if (info && (!newest || info.mtime > newest)) newest = info.mtime;
  }
  return newest ? newest.toISOString().slice(0, 10) : null;
}
