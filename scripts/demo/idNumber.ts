/** Resident ID numbers (GB 11643): 6-digit area, 8-digit birth date, 3-digit sequence, check. */

/** The weight of each of the first 17 digits, and the check character of each sum mod 11. */
export const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const ID_CHECK_CHARS = "10X98765432";

export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`not 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK_CHARS[sum % 11] as string;
}

export function isValidIdNumber(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idCheckChar(id.slice(0, 17)) === id[17];
}

/** `sequence` is 0–999; its parity must match the gender (odd male, even female). */
export function makeIdNumber(
  area: string,
  birth: { year: number; month: number; day: number },
  sequence: number,
): string {
  const date = `${birth.year}${pad2(birth.month)}${pad2(birth.day)}`;
  const first17 = `${area}${date}${String(sequence).padStart(3, "0")}`;
  return first17 + idCheckChar(first17);
}

/** The same number with a wrong check character (a typical typing error). */
export function corruptIdNumber(id: string, shift: number): string {
  const good = ID_CHECK_CHARS.indexOf(id[17] as string);
  const wrong = ID_CHECK_CHARS[(good + 1 + (shift % 10)) % 11] as string;
  return id.slice(0, 17) + wrong;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
