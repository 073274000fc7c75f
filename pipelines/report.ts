import { writeReport } from "../src/report/report.ts";
import type { Stage } from "./stage.ts";

/**
 * Writes files, not tables: summary.json (exact, for machines), rejects.csv, gaps.csv,
 * gaps.xlsx, the HTML maps (index.html, quality.html, chains/<id>.html; small people counts
 * hidden) with each chart as .svg and .vl.json beside its page, and with `--pdf` a PDF of
 * each page. Each file is written to a temporary name and renamed into place. It reads no
 * table that holds personal data (never roster_rows). The fields stage's tables (person_fields,
 * field_unresolved, field_levels, field_gaps) are read when they exist and are not among the
 * inputs: a warehouse made before that stage still gets its reports, without the field views.
 */
export const report: Stage = {
  name: "report",
  reads: [
    "input_files",
    "rejects",
    "demand_rows",
    "demand",
    "people",
    "person_facets",
    "unresolved",
    "chain_list",
    "demand_chain",
    "person_chain",
    "demand_levels",
    "supply_levels",
    "gaps",
  ],
  readsIfPresent: ["person_fields", "field_unresolved", "field_levels", "field_gaps"],
  writes: [],
  run: writeReport,
};
