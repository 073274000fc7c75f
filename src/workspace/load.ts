import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { UserError } from "../errors.ts";
import {
  type Chain,
  chainsFileSchema,
  type WorkspaceConfig,
  workspaceConfigSchema,
} from "./config.ts";

export interface Workspace {
  readonly dir: string;
  readonly config: WorkspaceConfig;
  readonly chains: readonly Chain[];
}

/** Reads and checks a workspace's chains.json and talentmap.json; fails with what to fix. */
export function loadWorkspace(dir: string): Workspace {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(
      `workspace folder not found: ${dir}. Pass --data with the folder that holds chains.json.`,
    );
  }
  const chainsPath = join(dir, "chains.json");
  if (!existsSync(chainsPath)) {
    throw new UserError(
      `${chainsPath} is missing. Every workspace lists its industry chains there (see README, "Workspace").`,
    );
  }
  const chains = parseJsonFile(chainsPath, chainsFileSchema).chains;
  const configPath = join(dir, "talentmap.json");
  const config = existsSync(configPath)
    ? parseJsonFile(configPath, workspaceConfigSchema)
    : workspaceConfigSchema.parse({});
  return { dir, config, chains };
}

function parseJsonFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UserError(
      `${path} is not valid JSON: ${(error as Error).message}. To fix this, correct the file.`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".") || "(top)"}: ${issue.message}`)
      .join("; ");
    throw new UserError(`${path}: ${problems}. To fix this, correct the file.`);
  }
  return parsed.data;
}
