import type { FieldDetails } from "../../queries/field-details.ts";
import type { Summary } from "../../summary/schema.ts";
import type { RunSection } from "../section.ts";
import { fieldCategoryHeatMap } from "./html.ts";

/** The latest wave's gap, chain × discipline category (学科门类); absent before the fields stage. */
export const fieldCategories: RunSection<{ summary: Summary; fields: FieldDetails | null }> = {
  id: "field-categories",
  view: (_, model) => ({ summary: model.summary, fields: model.details.fields }),
  html: (v, o) => fieldCategoryHeatMap(v.summary, v.fields, o),
};
