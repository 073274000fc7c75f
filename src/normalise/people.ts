import type { DuckDBConnection } from "@duckdb/node-api";
import { clusterPeople } from "../people/identity.ts";
import { personKey } from "../people/pseudonym.ts";
import { quoteIdent } from "../warehouse/sql.ts";

/**
 * SQL joining `alias.parsed`, the date in `rows.column`, parsed once per distinct text:
 * parse_date_text costs some 25 µs a call, and a roster of 30,000 rows holds a few thousand
 * distinct dates.
 */
export function parsedDates(table: string, column: string, rows: string, alias: string): string {
  const c = quoteIdent(column);
  return `left join (select text, parse_date_text(text) as parsed
      from (select distinct ${c} as text from ${quoteIdent(table)} where ${c} is not null)) ${alias}
    on ${alias}.text = ${rows}.${c}`;
}

/**
 * Gives every roster row its person's pseudonymous key (`roster_person`: ord → person_key).
 * The identity columns are read column-wise, clustered in memory, and only the keys go back.
 */
export async function assignPersonKeys(db: DuckDBConnection, secret: Buffer): Promise<void> {
  // A phone is its digits, without a leading country code (+86 138…, 0086 138…). Birth dates
  // are parsed once per distinct text (see parsedDates).
  await db.run(`create or replace temp table roster_identity as
    select row_number() over (order by file, sheet, row_number)::integer as ord,
      nullif(upper(replace(id_number, ' ', '')), '') as id_number,
      case when length(digits) >= 7 then regexp_replace(digits, '^(?:0086|86)(1\\d{10})$', '\\1') end as phone,
      case when name is not null and born is not null
        then lower(regexp_replace(name, '\\s', '', 'g')) || '|' || strftime(born, '%Y-%m') end as name_birth,
      file || ':' || coalesce(sheet, '') || ':' || row_number as place
    from (select r.*, regexp_replace(r.phone, '\\D', '', 'g') as digits, b.parsed as born
      from roster_rows r ${parsedDates("roster_rows", "birth", "r", "b")})`);
  const reader = await db.runAndReadAll(
    "select id_number, phone, name_birth, place from roster_identity order by ord",
  );
  const [idNumber, phone, nameBirth, place] = reader.getColumnsJS() as (string | null)[][];
  const cluster = clusterPeople({
    idNumber: idNumber ?? [],
    phone: phone ?? [],
    nameBirth: nameBirth ?? [],
  });
  // A person's key comes from their strongest identifier, so it is stable from run to run.
  const anchor = new Map<number, string>();
  cluster.forEach((root, i) => {
    const candidate = idNumber?.[i]
      ? `id:${idNumber[i]}`
      : phone?.[i]
        ? `~phone:${phone[i]}`
        : nameBirth?.[i]
          ? `~~nb:${nameBirth[i]}`
          : `~~~row:${place?.[i]}`;
    const current = anchor.get(root);
    if (current === undefined || candidate < current) anchor.set(root, candidate);
  });
  const keys = new Map<number, string>();
  for (const [root, identity] of anchor) keys.set(root, personKey(secret, identity));

  await db.run("create or replace temp table roster_person (ord integer, person_key varchar)");
  const appender = await db.createAppender("roster_person", "main", "temp");
  try {
    cluster.forEach((root, i) => {
      appender.appendInteger(i + 1);
      appender.appendVarchar(keys.get(root) as string);
      appender.endRow();
    });
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
