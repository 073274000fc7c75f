import type { ChainSection } from "../section.ts";
import { waveOverWave } from "./html.ts";
import { type WavesView, wavesView } from "./view.ts";

/** The latest wave against the one before: positions ranked, shortages new and eased. */
export const waves: ChainSection<WavesView> = { id: "waves", view: wavesView, html: waveOverWave };
