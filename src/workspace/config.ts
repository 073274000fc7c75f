import { z } from "zod";

/** `talentmap.json` in a workspace: its settings. Every key is documented in README. */
export const workspaceConfigSchema = z
  .object({
    /** GB/T 2260 code of the locality: where demand regions are expected to be. */
    locality: z
      .string()
      .regex(/^\d{6}$/, "locality must be a six-digit GB/T 2260 code, e.g. 410923")
      .optional(),
    /** Published counts below this are shown as "<N" (privacy). */
    minCellSize: z.number().int().min(1).default(3),
    /** Files larger than this many megabytes are rejected whole. */
    maxFileMegabytes: z.number().positive().default(200),
    /**
     * Shortage bands of the supply/demand ratio (people available ÷ positions), upper
     * bounds, exclusive: below `severe` 非常紧缺, below `shortage` 紧缺, below `tight` 偏紧,
     * else 基本满足. The reports print the formula with these figures.
     */
    shortageBands: z
      .strictObject({
        severe: z.number().positive(),
        shortage: z.number().positive(),
        tight: z.number().positive(),
      })
      .refine((b) => b.severe < b.shortage && b.shortage < b.tight, {
        message: "shortageBands must rise: severe < shortage < tight, e.g. 0.5, 1, 2",
      })
      .default({ severe: 0.5, shortage: 1, tight: 2 }),
  })
  .strict();
export type WorkspaceConfig = z.infer<typeof workspaceConfigSchema>;

/** `chains.json`: the industry chains of the locality. */
export const chainSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "chain id: lower-case letters, digits and -"),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    sectors: z.array(z.string().min(1)).default([]),
    keywords: z.array(z.string().min(1)).default([]),
  })
  .strict();
export const chainsFileSchema = z
  .object({ chains: z.array(chainSchema).min(1, "chains.json lists no chain") })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const chain of file.chains) {
      if (seen.has(chain.id)) {
        ctx.addIssue({ code: "custom", message: `chain id "${chain.id}" appears twice` });
      }
      seen.add(chain.id);
    }
  });
export type Chain = z.infer<typeof chainSchema>;
export type ChainsFile = z.infer<typeof chainsFileSchema>;
