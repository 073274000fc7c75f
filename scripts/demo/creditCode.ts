import type { Rng } from "./random.ts";

/**
 * Unified social credit codes (GB 32100): registration authority, entity type, 6-digit area,
 * 9-character organisation code (GB 11714, with its own check), check character.
 */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] ?? "");
    if (value < 0) throw new Error(`bad credit-code character in ${first17}`);
    sum += value * (WEIGHTS[i] as number);
  }
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}

export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18 || [...code].some((char) => !CHARSET.includes(char))) return false;
  return creditCheckChar(code.slice(0, 17)) === code[17];
}

function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (ORG_WEIGHTS[i] as number);
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** An enterprise's code ("91": market regulator, enterprise) registered in `area`. */
export function makeCreditCode(rng: Rng, area: string): string {
  let org = "";
  for (let i = 0; i < 8; i++) org += String(rng.int(0, 9));
  const first17 = `91${area}${org}${orgCodeCheckChar(org)}`;
  return first17 + creditCheckChar(first17);
}

/** The same code with a wrong check character. */
export function corruptCreditCode(code: string, shift: number): string {
  const good = CHARSET.indexOf(code[17] as string);
  return code.slice(0, 17) + (CHARSET[(good + 1 + (shift % 30)) % 31] as string);
}
