import type { ChainView } from "../../view/chain-view.ts";
import { compareWaves, type WaveComparison } from "../../view/waves.ts";

/** What the wave-over-wave section compares: the latest wave and the one before, if any. */
export type WavesView = {
  latest: string | null;
  previous: string | null;
  comparison: WaveComparison | null;
};

export function wavesView(v: ChainView): WavesView {
  const comparison = v.previousGroups ? compareWaves(v.groups, v.previousGroups) : null;
  return { latest: v.latest, previous: v.previous, comparison };
}
