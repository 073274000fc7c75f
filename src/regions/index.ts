/** Region resolution: place text → GB/T 2260 code. See resolve.ts for the rules. */

export { fullName, placeNames } from "./codes.ts";
export type {
  RegionResolution,
  RegionResolver,
  RegionResolverOptions,
  RegionStatus,
} from "./resolve.ts";
export { createRegionResolver } from "./resolve.ts";
