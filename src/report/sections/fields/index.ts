import { fieldText } from "../../../messages/fields.ts";
import type { FieldDetails } from "../../queries/field-details.ts";
import type { ChainSummary } from "../../summary/schema.ts";
import type { ChainSection } from "../section.ts";
import { fieldGaps } from "./html.ts";
import { fieldGapsSheet } from "./sheet.ts";

/** What the field section reads: the chain, its latest wave, the fields stage's figures. */
export type FieldsView = { chain: ChainSummary; wave: string | null; fields: FieldDetails | null };

/**
 * The latest wave's gap by discipline; in the workbook, every wave's. Absent where the
 * warehouse was made before the fields stage.
 */
export const fields: ChainSection<FieldsView> = {
  id: "fields",
  view: (chain, model) => ({
    chain: chain.chain,
    wave: chain.latest,
    fields: model.details.fields,
  }),
  html: (v, o) => fieldGaps(v.chain, v.wave, v.fields, o),
  sheets: {
    fields: {
      name: (o) => fieldText(o.lang).sheet,
      rows: (_, model, o) =>
        model.details.fields
          ? fieldGapsSheet(model.summary, model.details.fields, {
              text: o.text,
              fieldText: fieldText(o.lang),
              lang: o.lang,
              minCellSize: o.minCellSize,
            })
          : null,
    },
  },
};
