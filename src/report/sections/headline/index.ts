import { chainSection } from "../section.ts";
import { headlines } from "./html.ts";

/** The chain's headline figures and the paragraph that says them in words. */
export const headline = chainSection("headline", headlines);
