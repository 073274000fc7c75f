/**
 * Who is who across rosters (docs/domain.md): two rows are the same person when they share an ID
 * number, or a phone, or a name with a birth date, and do not carry two different ID numbers
 * (an office landline is shared by colleagues); the relation is transitive.
 *
 * Union-find over row indexes. A union that would put two different ID numbers in one person
 * is refused, so the outcome depends on the order of rows; callers pass rows in a stable order
 * (file, sheet, row) so reruns agree.
 */
/** Each identifier as text, or as a number standing for it (equal values, equal numbers). */
type Identifier = string | number | null;

export interface IdentityColumns {
  readonly idNumber: readonly Identifier[];
  readonly phone: readonly Identifier[];
  readonly nameBirth: readonly Identifier[];
}

/** A blank identifier ('' or null) joins no one. */
const known = (value: Identifier | undefined): value is string | number =>
  value !== null && value !== undefined && value !== "";

export function clusterPeople(columns: IdentityColumns): Int32Array {
  const count = columns.idNumber.length;
  const parent = new Int32Array(count);
  const idOf: Identifier[] = new Array(count);
  for (let i = 0; i < count; i++) {
    parent[i] = i;
    idOf[i] = columns.idNumber[i] ?? null;
  }
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    let node = i;
    while (parent[node] !== root) {
      const next = parent[node] as number;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const ida = idOf[ra];
    const idb = idOf[rb];
    if (known(ida) && known(idb) && ida !== idb) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    idOf[root] = known(ida) ? ida : known(idb) ? idb : null;
  };
  // ID numbers first: they are the strongest evidence and anchor the refusals that follow.
  for (const key of [columns.idNumber, columns.phone, columns.nameBirth]) {
    const firstWith = new Map<Identifier, number>();
    for (let i = 0; i < count; i++) {
      const value = key[i];
      if (!known(value)) continue;
      const first = firstWith.get(value);
      if (first === undefined) firstWith.set(value, i);
      else union(first, i);
    }
  }
  const cluster = new Int32Array(count);
  for (let i = 0; i < count; i++) cluster[i] = find(i);
  return cluster;
}
