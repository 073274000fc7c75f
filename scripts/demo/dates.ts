import type { Rng } from "./random.ts";

/** Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so no time zone can shift them. */
const DAY = 86_400_000;

export function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function fromIso(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

export function randomDate(rng: Rng, from: string, to: string): string {
  const start = fromIso(from);
  const days = Math.round((fromIso(to) - start) / DAY);
  return toIso(start + rng.int(0, days) * DAY);
}

export function parts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** "2024/4/15" */
export function slashDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${year}/${month}/${day}`;
}

/** "2024年4月15日" */
export function chineseDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${year}年${month}月${day}日`;
}
