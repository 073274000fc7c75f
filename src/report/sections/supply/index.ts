import { html } from "../../html/html.ts";
import { chainSection } from "../section.ts";
import { supplyByCategory, supplyByLadder, supplyMap, topCities } from "./html.ts";

/** The supply half of a chain page: its heading, then the chain's people five ways. */
export const supplyPart = chainSection(
  "supply-part",
  (_, o) => html`<h2 class="part">${o.text.people}</h2>`,
);
export const supplyByEducation = chainSection("supply-education", (v, o) =>
  supplyByLadder(v, "education", o),
);
export const supplyByTitle = chainSection("supply-title", (v, o) => supplyByLadder(v, "title", o));
export const supplyCategories = chainSection("supply-category", supplyByCategory);
export const supplyProvinces = chainSection("supply-map", supplyMap);
export const supplyCities = chainSection("top-cities", topCities);
