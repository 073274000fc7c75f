/** Writes docs/tables.md from the stages' table declarations (pipelines/tables/). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stages } from "../pipelines/pipeline.ts";
import { tablesDoc } from "../pipelines/tables/doc.ts";

const path = join(import.meta.dirname, "..", "docs", "tables.md");
writeFileSync(path, tablesDoc(stages));
process.stdout.write(`wrote ${path}\n`);
