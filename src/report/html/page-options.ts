import type { TopLevelSpec } from "vega-lite";
import type { Lang } from "../../messages/lang.ts";
import type { ReportText } from "../../messages/report.ts";
import type { Sources } from "../queries/details.ts";
import type { Places } from "../view/places.ts";
import type { ShortageBands } from "../view/shortage.ts";

/** A chart as written beside its page: `<id>.svg` and `<id>.vl.json`. */
export type ChartFile = { id: string; spec: TopLevelSpec; svg: string };

/** What the pages need besides the summary. */
export type PageOptions = {
  lang: Lang;
  text: ReportText;
  minCellSize: number;
  bands: ShortageBands;
  places: Places;
  generatedAt: string;
  sources: Sources;
  /** The charts a page draws, collected as it renders, to be written beside it. */
  charts: ChartFile[];
  /** The folder of this page's chart files, relative to the page ("bio/", "charts/"). */
  chartDir: string;
  /** The report's root, relative to the page ("" or "../"). */
  root: string;
  onWarning?: (message: string) => void;
};
