/** Region resolution: place text → GB/T 2260 code. See resolve.ts for the rules. */
export type {
  RegionResolution,
  RegionResolver,
  RegionResolverOptions,
  RegionStatus,
} from "./resolve.ts";
export { createRegionResolver } from "./resolve.ts";
