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
 * Sorts roster rows into people. Leaves the temp table `roster_person`: rid (the row's rowid in
 * `roster_rows`), pid (the person's id inside this run: the rowid of one of their rows) and
 * person_key (the pseudonymous key). Most rows share no identifier with
 * another row and are a person of their own; only the rows that share an ID number, a phone or
 * a name with a birth month (a few percent) are read into JavaScript and clustered there, in
 * (file, sheet, row) order as clusterPeople needs, which gives the same people as clustering
 * every row. Keys are made in SQL (personKeySql), once a person.
 */
export async function assignPersonKeys(db: DuckDBConnection, secret: Buffer): Promise<void> {
  // A phone is its digits, without a leading country code (+86 138…, 0086 138…). Birth months
  // are parsed once per distinct text (see parsedDates). Regular expressions only where needed.
  await db.run(`create or replace temp table roster_identity as
    select rid, file, sheet, row_number,
      nullif(upper(replace(id_number, ' ', '')), '') as id_number,
      case when length(digits) >= 7 then regexp_replace(digits, '^(?:0086|86)(1\\d{10})$', '\\1') end as phone,
      case when name is not null and born is not null
        then lower(case when regexp_matches(name, '\\s') then regexp_replace(name, '\\s', '', 'g') else name end)
          || '|' || born end as name_birth
    from (select r.rowid as rid, r.file, r.sheet, r.row_number, r.id_number, r.name, b.month as born,
        case when regexp_full_match(r.phone, '\\d+') then r.phone else regexp_replace(r.phone, '\\D', '', 'g') end as digits
      from roster_rows r left join (select text, strftime(parse_date_text(text), '%Y-%m') as month
          from (select distinct birth as text from roster_rows where birth is not null)) b
        on b.text = r.birth)`);
  // Grouped by a 64-bit hash of the value, cheaper than by the text over a million rows: two
  // values that collide only bring a row into the clustering needlessly, never wrongly.
  const shared = (column: string) =>
    `hash(${column}) in (select hash(${column}) from roster_identity where ${column} is not null
      group by all having count(*) > 1)`;
  // The rows sharing an identifier, numbered in (file, sheet, row) order. JavaScript gets each
  // identifier as a small integer (equal values, equal numbers), not as text: converting a
  // DuckDB string to JavaScript costs a microsecond.
  await db.run(`create or replace temp table roster_shared as
    select row_number() over (order by file, sheet, row_number)::integer - 1 as i, rid,
      ${ownAnchor} as own, id_number, phone, name_birth
    from roster_identity where ${shared("id_number")} or ${shared("phone")} or ${shared("name_birth")}`);
  const code = (column: string) =>
    `case when ${column} is not null then dense_rank() over (order by ${column})::integer end`;
  const reader = await db.runAndReadAll(`select ${code("id_number")}, ${code("phone")},
    ${code("name_birth")} from roster_shared order by i`);
  const [idNumber, phone, nameBirth] = reader.getColumnsJS() as (number | null)[][];
  const cluster = clusterPeople({
    idNumber: idNumber ?? [],
    phone: phone ?? [],
    nameBirth: nameBirth ?? [],
  });
  await db.run("create or replace temp table roster_root (i integer, root integer)");
  const appender = await db.createAppender("roster_root", "main", "temp");
  try {
    cluster.forEach((root, i) => {
      appender.appendInteger(i);
      appender.appendInteger(root);
      appender.endRow();
    });
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  // A person's key comes from their strongest identifier, so it is stable from run to run
  // (`~` sorts after letters: an ID number first, then a phone, a name and birth, a place).
  await db.run(`create or replace temp table roster_cluster as
    with rows as (select s.rid, p.rid as pid, s.own from roster_shared s
      join roster_root t on t.i = s.i join roster_shared p on p.i = t.root)
    select rid, pid, min(own) over (partition by pid) as anchor from rows`);
  await db.run("drop table roster_root");
  await db.run("drop table roster_shared");
  // Rows that shared an identifier: one key a person, joined to their rows; every other row is
  // a person of its own, keyed from its own identity (COALESCE computes it only for those).
  const key = personKeySql(secret);
  await db.run(
    `create or replace temp table cluster_keys as
    select pid, ${key.sql("anchor")} as person_key from (select distinct pid, anchor from roster_cluster)`,
    key.params,
  );
  await db.run(
    `create or replace temp table roster_person as
    select i.rid, coalesce(c.pid, i.rid) as pid, coalesce(c.person_key, ${key.sql(ownAnchor)}) as person_key
    from roster_identity i left join (select rid, pid, person_key from roster_cluster join cluster_keys using (pid)) c
      using (rid)`,
    key.params,
  );
  await db.run("drop table cluster_keys");
  await db.run("drop table roster_cluster");
  await db.run("drop table roster_identity");
}
