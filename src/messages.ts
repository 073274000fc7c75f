/** The run's language; the message texts themselves live in `src/messages/*.ts`. */
export type { Lang } from "./messages/lang.ts";
