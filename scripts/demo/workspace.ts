import { CHAINS } from "./chains.ts";
import { planDemand } from "./demand.ts";
import { summariseDemand, writeDemandFiles } from "./demandFiles.ts";
import type { Manifest } from "./manifest.ts";
import { planPeople } from "./people.ts";
import { COUNTY } from "./places.ts";
import { Rng } from "./random.ts";
import { README } from "./readme.ts";
import { summarisePeople, writeRosterFiles } from "./rosterFiles.ts";
import { writeJson, writeText } from "./write.ts";

export interface GenerateOptions {
  /** Workspace folder; files the generator makes are overwritten, nothing else is touched. */
  out: string;
  seed: number;
  /** Distinct people among the good roster rows. */
  people: number;
  /** Demand data rows across all survey files, deliberately bad ones included. */
  demand: number;
}

export const DEFAULT_OPTIONS: GenerateOptions = {
  out: "data",
  seed: 20241,
  people: 1000,
  demand: 300,
};

/** Writes a complete demo workspace for 南乐县 and returns what it planted. */
export function generateWorkspace(options: GenerateOptions): Manifest {
  const root = new Rng(options.seed);
  const byFile = planDemand(root.fork("demand"), options.demand);
  const enterprises = [...new Set([...byFile.values()].flat().map((row) => row.enterprise))];
  const people = planPeople(root.fork("people"), options.people, enterprises);

  writeJson(`${options.out}/talentmap.json`, { locality: COUNTY.code, minCellSize: 3 });
  writeJson(`${options.out}/chains.json`, { chains: CHAINS });
  const files = [
    ...writeDemandFiles(options.out, byFile),
    ...writeRosterFiles(options.out, people),
  ];
  const manifest: Manifest = {
    generator: "scripts/generate-demo.ts",
    seed: options.seed,
    requested: { people: options.people, demand: options.demand },
    files,
    demand: summariseDemand(byFile),
    people: summarisePeople(people),
  };
  writeJson(`${options.out}/expected.json`, manifest);
  writeText(`${options.out}/README.md`, README);
  return manifest;
}
