import type { DuckDBConnection } from "@duckdb/node-api";
import { clusterPeople } from "../people/identity.ts";
import { personKey } from "../people/pseudonym.ts";

/**
 * Gives every roster row its person's pseudonymous key (`roster_person`: ord → person_key).
 * The identity columns are read column-wise, clustered in memory, and only the keys go back.
 */
export async function assignPersonKeys(db: DuckDBConnection, secret: Buffer): Promise<void> {
  // The birth date is parsed once in a subquery: parse_date_text inside a CASE is ten times slower.
  // A phone is its digits, without a leading country code (+86 138…, 0086 138…).
  await db.run(`create or replace temp table roster_identity as
    select row_number() over (order by file, sheet, row_number)::integer as ord,
      nullif(upper(replace(id_number, ' ', '')), '') as id_number,
      case when length(digits) >= 7 then regexp_replace(digits, '^(?:0086|86)(1\\d{10})$', '\\1') end as phone,
      case when name is not null and born is not null
        then lower(regexp_replace(name, '\\s', '', 'g')) || '|' || strftime(born, '%Y-%m') end as name_birth,
      file || ':' || coalesce(sheet, '') || ':' || row_number as place
    from (select *, regexp_replace(phone, '\\D', '', 'g') as digits, parse_date_text(birth) as born
      from roster_rows)`);
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
