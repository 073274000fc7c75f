import { z } from "zod";
import { demandEducationKeys, supplyEducationKeys, titleKeys } from "../../vocab/ladders.ts";

/**
 * summary.json, the contract of docs/domain.md "Outputs: the contract": other tools and the nightly job read
 * it. Extend it, never break it. Objects are strict and every ladder key is required, so a
 * missing level or a stray key fails before the file is written.
 */

const count = z.number().int().nonnegative();
const wave = z.string().regex(/^\d{4}H[12]$/, "a wave is YYYYH1 or YYYYH2");
const provinceKey = z
  .string()
  .regex(/^(\d{6}|overseas|unknown)$/, "a province code, overseas or unknown");
const regionKey = z.string().regex(/^(\d{6}|overseas|unknown)$/, "a county code or unknown");
/** A first-level discipline of the 2022 catalogue (src/disciplines): four digits, e.g. 0805. */
const disciplineKey = z.string().regex(/^\d{4}$/, "a four-digit discipline code");

/** A strict object with one required entry per key, in the ladder's order. */
function keyed<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);
}

const gapCell = z.strictObject({ demand: count, matched: count, gap: count });

export const inputSchema = z.strictObject({
  file: z.string().min(1),
  kind: z.enum(["demand", "roster"]),
  wave: wave.nullable(),
  rowsRead: count,
  rowsLoaded: count,
  rowsRejected: count,
  /** Extension: why the whole file was set aside; absent when it was read. */
  error: z.string().optional(),
});

export const chainWaveSchema = z.strictObject({
  demand: z.strictObject({
    positions: count,
    headcount: count,
    byEducation: keyed(demandEducationKeys, count),
    byTitle: keyed(titleKeys, count),
    byRegion: z.record(regionKey, count),
    /**
     * Extension (the fields stage): headcount of the rows naming each discipline, those with
     * some headcount only. A row naming two counts in both, so these do not add up to
     * `headcount`. Absent in summaries made before fields were counted.
     */
    byField: z.record(disciplineKey, count).optional(),
  }),
  gap: z.strictObject({
    byEducation: keyed(demandEducationKeys, gapCell),
    byTitle: keyed(titleKeys, gapCell),
    /** Extension: the education cascade within each discipline of demand.byField, summed over levels. */
    byField: z.record(disciplineKey, gapCell).optional(),
  }),
});

export const chainSummarySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  supply: z.strictObject({
    people: count,
    byEducation: keyed(supplyEducationKeys, count),
    byTitle: keyed(titleKeys, count),
    byProvince: z.record(provinceKey, count),
    /** Extension: distinct people of the chain holding each discipline (a person in each of theirs). */
    byField: z.record(disciplineKey, count).optional(),
  }),
  waves: z.record(wave, chainWaveSchema),
});

export const summarySchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    generatedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "an ISO 8601 UTC time to the second"),
    waves: z.array(wave),
    inputs: z.array(inputSchema),
    people: z.strictObject({ rowsLoaded: count, distinct: count }),
    unassigned: z.strictObject({ demandRows: count, people: count }),
    chains: z.array(chainSummarySchema),
  })
  .superRefine((summary, ctx) => {
    const expected = [...summary.waves].sort().join(",");
    summary.chains.forEach((chain, index) => {
      const actual = Object.keys(chain.waves).sort().join(",");
      if (actual !== expected) {
        ctx.addIssue({
          code: "custom",
          path: ["chains", index, "waves"],
          message: `chain ${chain.id} has waves [${actual}], expected one per wave [${expected}]`,
        });
      }
    });
  });

export type Summary = z.infer<typeof summarySchema>;
export type ChainSummary = z.infer<typeof chainSummarySchema>;
export type ChainWave = z.infer<typeof chainWaveSchema>;
export type InputSummary = z.infer<typeof inputSchema>;
export type GapCell = z.infer<typeof gapCell>;
