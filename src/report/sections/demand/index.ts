import { html } from "../../html/html.ts";
import { chainSection } from "../section.ts";
import { demandByLadder, demandByTown, demandByUrgency, employers } from "./html.ts";

/** The demand half of a chain page: its heading, then the demand broken down five ways. */
export const demandPart = chainSection(
  "demand-part",
  (_, o) => html`<h2 class="part">${o.text.demand}</h2>`,
);
export const demandByEducation = chainSection("demand-education", (v, o) =>
  demandByLadder(v, "education", o),
);
export const demandByTitle = chainSection("demand-title", (v, o) => demandByLadder(v, "title", o));
export const demandUrgency = chainSection("demand-urgency", demandByUrgency);
export const demandTowns = chainSection("demand-town", demandByTown);
export const demandEmployers = chainSection("employers", employers);
