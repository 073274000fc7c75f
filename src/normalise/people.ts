import type { DuckDBConnection } from "@duckdb/node-api";
import { clusterPeople } from "../people/identity.ts";
import { personKeySql } from "../people/pseudonym.ts";
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

/** The identity a row is keyed by when it shares none: its strongest identifier, else its place. */
const ownAnchor = `case when id_number is not null then 'id:' || id_number
    when phone is not null then '~phone:' || phone
    when name_birth is not null then '~~nb:' || name_birth
    else '~~~row:' || file || ':' || coalesce(sheet, '') || ':' || row_number end`;

/**
 * Sorts roster rows into people. Leaves two temp tables: `roster_person` (rid, the row's rowid
 * in `roster_rows` → pid, the person's id inside this run: the rowid of one of their rows) and
 * `person_keys` (pid → person_key, the pseudonymous key). Most rows share no identifier with
 * another row and are a person of their own; only the rows that share an ID number, a phone or
 * a name with a birth month (a few percent) are read into JavaScript and clustered there, in
 * (file, sheet, row) order as clusterPeople needs, which gives the same people as clustering
 * every row. Keys are made in SQL (personKeySql), once a person.
 */
export async function assignPersonKeys(db: DuckDBConnection, secret: Buffer): Promise<void> {
  // A phone is its digits, without a leading country code (+86 138…, 0086 138…). Birth dates
  // are parsed once per distinct text (see parsedDates).
  await db.run(`create or replace temp table roster_identity as
    select rid, file, sheet, row_number,
      nullif(upper(replace(id_number, ' ', '')), '') as id_number,
      case when length(digits) >= 7 then regexp_replace(digits, '^(?:0086|86)(1\\d{10})$', '\\1') end as phone,
      case when name is not null and born is not null
        then lower(regexp_replace(name, '\\s', '', 'g')) || '|' || strftime(born, '%Y-%m') end as name_birth
    from (select r.rowid as rid, r.file, r.sheet, r.row_number, r.id_number, r.name, b.parsed as born,
        case when regexp_full_match(r.phone, '\\d+') then r.phone else regexp_replace(r.phone, '\\D', '', 'g') end as digits
      from roster_rows r ${parsedDates("roster_rows", "birth", "r", "b")})`);
  const shared = (column: string) =>
    `${column} in (select ${column} from roster_identity where ${column} is not null group by all having count(*) > 1)`;
  const reader =
    await db.runAndReadAll(`select rid, id_number, phone, name_birth, ${ownAnchor} as own
    from roster_identity where ${shared("id_number")} or ${shared("phone")} or ${shared("name_birth")}
    order by file, sheet, row_number`);
  const [rid, idNumber, phone, nameBirth, own] = reader.getColumnsJS() as [
    bigint[],
    (string | null)[],
    (string | null)[],
    (string | null)[],
    string[],
  ];
  const cluster = clusterPeople({
    idNumber: idNumber ?? [],
    phone: phone ?? [],
    nameBirth: nameBirth ?? [],
  });
  // A person's key comes from their strongest identifier, so it is stable from run to run
  // (`~` sorts after letters: an ID number first, then a phone, a name and birth, a place).
  const anchor = new Map<number, string>();
  cluster.forEach((root, i) => {
    const candidate = own?.[i] as string;
    const current = anchor.get(root);
    if (current === undefined || candidate < current) anchor.set(root, candidate);
  });
  await db.run(
    "create or replace temp table roster_cluster (rid bigint, pid bigint, anchor varchar)",
  );
  const appender = await db.createAppender("roster_cluster", "main", "temp");
  try {
    cluster.forEach((root, i) => {
      appender.appendBigInt(rid?.[i] as bigint);
      appender.appendBigInt(rid?.[root] as bigint);
      appender.appendVarchar(anchor.get(root) as string);
      appender.endRow();
    });
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  await db.run(`create or replace temp table roster_person as
    select i.rid, coalesce(c.pid, i.rid) as pid from roster_identity i left join roster_cluster c using (rid)`);
  const key = personKeySql(secret);
  await db.run(
    `create or replace temp table person_keys as
    select pid, ${key.sql("anchor")} as person_key from (
      select rid as pid, ${ownAnchor} as anchor from roster_identity anti join roster_cluster using (rid)
      union all
      select distinct pid, anchor from roster_cluster)`,
    key.params,
  );
  await db.run("drop table roster_cluster");
  await db.run("drop table roster_identity");
}
