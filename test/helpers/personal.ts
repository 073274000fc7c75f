/** The personal values of a roster person, as the privacy tests plant and then look for them. */
export interface Person {
  name: string;
  birth: string;
  id: string;
  phone: string;
  email: string;
}

/** GB 11643: a 17-digit ID body with its check character (a wrong one when `valid` is false). */
export function idNumber(body: string, valid = true): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  const check = "10X98765432"[sum % 11] ?? "0";
  return body + (valid ? check : check === "0" ? "1" : "0");
}

/** Every way a value of a person could be written out. */
export function renderings(p: Person): string[] {
  const [y, m, d] = p.birth.split("-");
  return [
    p.name,
    p.phone,
    `${p.phone.slice(0, 3)}-${p.phone.slice(3, 7)}-${p.phone.slice(7)}`,
    p.email,
    p.email.split("@")[0] as string,
    p.id,
    p.id.slice(0, 17),
    p.birth,
    `${y}/${Number(m)}/${Number(d)}`,
    `${y}${m}${d}`,
    `${y}年${Number(m)}月${Number(d)}日`,
  ];
}
