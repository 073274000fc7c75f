import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterPeople } from "../../src/people/identity.ts";

type Row = { id?: string | null; phone?: string | null; nameBirth?: string | null };

function cluster(rows: readonly Row[]): number[] {
  return [
    ...clusterPeople({
      idNumber: rows.map((r) => r.id ?? null),
      phone: rows.map((r) => r.phone ?? null),
      nameBirth: rows.map((r) => r.nameBirth ?? null),
    }),
  ];
}

/** Rows grouped by cluster, as sorted lists of row indexes. */
function groups(result: readonly number[]): number[][] {
  const byCluster = new Map<number, number[]>();
  result.forEach((c, i) => {
    byCluster.set(c, [...(byCluster.get(c) ?? []), i]);
  });
  return [...byCluster.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
}

const A = "11010519491231002X";
const B = "410923198503120011";
const C = "410923199001010022";

describe("clusterPeople", () => {
  it("gives an empty roster no people", () => {
    expect(cluster([])).toEqual([]);
  });

  it("keeps rows that share nothing apart", () => {
    expect(
      groups(cluster([{ id: A }, { phone: "13800000001" }, { nameBirth: "张三|1985-03" }, {}])),
    ).toEqual([[0], [1], [2], [3]]);
  });

  it("makes rows sharing an ID number one person", () => {
    const result = cluster([{ id: A, phone: "1" }, { id: B }, { id: A, phone: "2" }]);
    expect(groups(result)).toEqual([[0, 2], [1]]);
  });

  it("makes rows sharing a phone, without ID numbers, one person", () => {
    expect(
      groups(
        cluster([{ phone: "13800000001" }, { phone: "13800000002" }, { phone: "13800000001" }]),
      ),
    ).toEqual([[0, 2], [1]]);
  });

  it("makes rows sharing a name with a birth date one person", () => {
    expect(
      groups(
        cluster([
          { nameBirth: "张三|1985-03" },
          { nameBirth: "张三|1986-03" },
          { nameBirth: "张三|1985-03" },
        ]),
      ),
    ).toEqual([[0, 2], [1]]);
  });

  it("lets a row with an ID join rows without one", () => {
    expect(
      groups(cluster([{ phone: "p" }, { id: A, phone: "p" }, { nameBirth: "n", phone: "p" }])),
    ).toEqual([[0, 1, 2]]);
  });

  it("is transitive: A~B by ID, B~C by phone, C~D by name and birth", () => {
    const rows: Row[] = [
      { nameBirth: "李四|1990-01" }, // D, first: the chain is found whatever the order
      { id: A },
      { id: A, phone: "13800000001" },
      { phone: "13800000001", nameBirth: "李四|1990-01" },
      { phone: "13900000000" },
    ];
    expect(groups(cluster(rows))).toEqual([[0, 1, 2, 3], [4]]);
  });

  it("keeps two ID numbers sharing an office landline two people", () => {
    const result = cluster([
      { id: A, phone: "0393-5561234" },
      { id: B, phone: "0393-5561234" },
    ]);
    expect(groups(result)).toEqual([[0], [1]]);
  });

  it("joins a row with only the shared landline to the first of them by row order", () => {
    const landline = "0393-5561234";
    expect(
      groups(
        cluster([{ id: A, phone: landline }, { id: B, phone: landline }, { phone: landline }]),
      ),
    ).toEqual([[0, 2], [1]]);
    expect(
      groups(
        cluster([{ id: B, phone: landline }, { id: A, phone: landline }, { phone: landline }]),
      ),
    ).toEqual([[0, 2], [1]]);
    // The phone-only row first: it joins the first ID it meets, the second is refused.
    expect(
      groups(
        cluster([{ phone: landline }, { id: A, phone: landline }, { id: B, phone: landline }]),
      ),
    ).toEqual([[0, 1], [2]]);
  });

  it("refuses a chain that would join two ID numbers through a row without one", () => {
    const rows: Row[] = [
      { id: A, phone: "13800000001" },
      { phone: "13800000001", nameBirth: "王五|1980-05" },
      { id: B, nameBirth: "王五|1980-05" },
    ];
    const result = cluster(rows);
    expect(result[0]).toBe(result[1]);
    expect(result[2]).not.toBe(result[0]);
  });

  it("treats empty strings as missing, not as a shared value", () => {
    expect(
      groups(
        cluster([
          { id: "", phone: "", nameBirth: "" },
          { id: "", phone: "", nameBirth: "" },
        ]),
      ),
    ).toEqual([[0], [1]]);
  });

  it("labels each person by its first row", () => {
    expect(cluster([{ phone: "x" }, { phone: "y" }, { phone: "x" }, { phone: "y" }])).toEqual([
      0, 1, 0, 1,
    ]);
  });
});

/** Small value pools so that random rows often collide. */
const rowArb: fc.Arbitrary<Row> = fc.record({
  id: fc.option(fc.constantFrom(A, B, C), { nil: null, freq: 2 }),
  phone: fc.option(fc.constantFrom("p1", "p2", "p3"), { nil: null, freq: 2 }),
  nameBirth: fc.option(fc.constantFrom("n1", "n2", "n3"), { nil: null, freq: 2 }),
});
const rowsArb = fc.array(rowArb, { maxLength: 25 });

/** Connected components of "shares a non-empty value", by brute force. */
function components(rows: readonly Row[]): number[] {
  const label = rows.map((_, i) => i);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < rows.length; j++) {
        const a = rows[i] as Row;
        const b = rows[j] as Row;
        const share =
          (a.id && a.id === b.id) ||
          (a.phone && a.phone === b.phone) ||
          (a.nameBirth && a.nameBirth === b.nameBirth);
        if (share && (label[j] as number) > (label[i] as number)) {
          label[j] = label[i] as number;
          changed = true;
        }
      }
    }
  }
  return label;
}

describe("clusterPeople properties", () => {
  it("is deterministic", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(cluster(rows)).toEqual(cluster(rows));
      }),
    );
  });

  it("always puts rows sharing an ID number together", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = cluster(rows);
        rows.forEach((a, i) => {
          rows.forEach((b, j) => {
            if (a.id && a.id === b.id) expect(result[i]).toBe(result[j]);
          });
        });
      }),
    );
  });

  it("never puts rows with different ID numbers together", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = cluster(rows);
        rows.forEach((a, i) => {
          rows.forEach((b, j) => {
            if (a.id && b.id && a.id !== b.id) expect(result[i]).not.toBe(result[j]);
          });
        });
      }),
    );
  });

  it("never joins rows that no chain of shared values links", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = cluster(rows);
        const linked = components(rows);
        rows.forEach((_, i) => {
          rows.forEach((_, j) => {
            if (result[i] === result[j]) expect(linked[i]).toBe(linked[j]);
          });
        });
      }),
    );
  });

  it("without ID numbers, is exactly the chains of shared phones and names with birth dates", () => {
    const noIds = fc.array(
      rowArb.map((r) => ({ ...r, id: null })),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(noIds, (rows) => {
        expect(cluster(rows)).toEqual(components(rows));
      }),
    );
  });

  it("labels each cluster by its smallest row index", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = cluster(rows);
        result.forEach((c, i) => {
          expect(c).toBeLessThanOrEqual(i);
          expect(result[c]).toBe(c);
        });
      }),
    );
  });

  it("joins every row sharing a value with a row of the same ID, when IDs agree", () => {
    // Only one ID number in the roster: nothing is refused, so clusters are the full chains.
    const oneId = fc.array(
      rowArb.map((r) => ({ ...r, id: r.id === null ? null : A })),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(oneId, (rows) => {
        expect(cluster(rows)).toEqual(components(rows));
      }),
    );
  });
});
