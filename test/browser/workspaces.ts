import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../pipelines/pipeline.ts";
import { report } from "../../pipelines/report.ts";
import type { Lang } from "../../src/messages/lang.ts";
import { openWarehouse } from "../../src/warehouse/connect.ts";
import { loadWorkspace } from "../../src/workspace/load.ts";
import { testContext } from "../helpers/context.ts";

const root = join(import.meta.dirname, "..", "..");
export const scriptEmployer = "<script>alert(1)</script>";

/**
 * county-small with one more survey file in its latest wave, from an enterprise whose name is
 * a script: the pages must show it as text.
 */
export function hostileWorkspace(scratch: string): string {
  const dir = join(scratch, "hostile-input");
  cpSync(join(root, "test", "cases", "county-small", "input"), dir, { recursive: true });
  writeFileSync(
    join(dir, "surveys", "2024H2", "补报.csv"),
    [
      "企业名称,统一社会信用代码,所属产业链,所属行业,所在乡镇,岗位名称,学历要求,职称要求,需求人数,紧缺程度",
      `"${scriptEmployer}",,生物基材料,,城关镇,"<img src=x onerror=alert(2)>工程师",本科,,6,紧缺`,
      "",
    ].join("\r\n"),
  );
  return dir;
}

/**
 * Copies a workspace and runs the whole pipeline on it in Chinese, then the report stage
 * again in English on the same warehouse; returns the two report folders.
 */
export async function runWorkspace(
  workspace: string,
  scratch: string,
  name: string,
): Promise<Record<Lang, string>> {
  const dir = join(scratch, name);
  cpSync(workspace, join(dir, "data"), { recursive: true });
  const warehouse = await openWarehouse(join(dir, "warehouse.duckdb"));
  try {
    const base = { workspace: loadWorkspace(join(dir, "data")) };
    const zh = join(dir, "reports");
    const en = join(dir, "reports-en");
    await runPipeline({ ...testContext(warehouse.connection, { out: zh }), ...base });
    const english = { ...testContext(warehouse.connection, { out: en, lang: "en" }), ...base };
    await runPipeline(english, [report]);
    return { zh, en };
  } finally {
    warehouse.close();
  }
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), "talentmap-browser-"));
}

export const demoWorkspace = join(root, "data");
