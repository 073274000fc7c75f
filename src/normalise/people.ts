import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
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
 * The rows of `roster_rows` as people are told apart, a query to select from with the
 * parameters it binds: `rid` (the row's rowid), the row's columns, its identifiers as compared
 * in place of name, phone, ID number and birth date, and `own_key`. A phone is its digits,
 * without a leading country code (+86 138…, 0086 138…); `name_birth` is the name without
 * spaces, in lower case, with the birth month, parsed once per distinct text (see
 * parsedDates); regular expressions only where needed. `own_key` is the key of the row's own
 * identity: the person's key when the row shares no identifier, and when it does, the key of
 * the person is the `own_key` of one of their rows (assignPersonKeys), so a key is made in the
 * same pass that reads the rows rather than in one more over a million of them.
 */
export function identifiedRows(secret: Buffer): {
  sql: string;
  params: Record<string, DuckDBValue>;
} {
  const key = personKeySql(secret);
  return {
    sql: `(select *, ${key.sql(ownAnchor)} as own_key from (
      select * exclude (name, birth, born, digits) replace (
          nullif(upper(replace(id_number, ' ', '')), '') as id_number,
          case when length(digits) >= 7 then regexp_replace(digits, '^(?:0086|86)(1\\d{10})$', '\\1') end as phone),
        case when name is not null and born is not null
          then lower(case when regexp_matches(name, '\\s') then regexp_replace(name, '\\s', '', 'g') else name end)
            || '|' || born end as name_birth
      from (select r.rowid as rid, r.*, b.month as born,
          case when regexp_full_match(r.phone, '\\d+') then r.phone else regexp_replace(r.phone, '\\D', '', 'g') end as digits
        from roster_rows r left join (select text, strftime(parse_date_text(text), '%Y-%m') as month
            from (select distinct birth as text from roster_rows where birth is not null)) b
          on b.text = r.birth)))`,
    params: key.params,
  };
}

/** The person key of a row of `rows` (identifiedRows), left joined to `roster_cluster` as `cluster`. */
export const rowPersonKey = (rows: string, cluster: string) =>
  `coalesce(${cluster}.person_key, ${rows}.own_key)`;

/**
 * Sorts roster rows into people. Reads the temp table `roster_resolved` (rid, file, sheet,
 * row_number and the identifiers and own_key of identifiedRows) and leaves the temp table
 * `roster_cluster`: rid, pid (the person's id inside this run: the rid of one of their rows)
 * and person_key, for the rows of people with several rows only; a row not in it is a person
 * of its own, keyed by its own_key (rowPersonKey). Most rows share no identifier with another
 * row; only the rows that share an ID number, a phone or a name with a birth month (a few
 * percent) are read into JavaScript and clustered there, in (file, sheet, row) order as
 * clusterPeople needs, which gives the same people as clustering every row.
 */
export async function assignPersonKeys(db: DuckDBConnection): Promise<void> {
  // Grouped by a 64-bit hash of the value, cheaper than by the text over a million rows: two
  // values that collide only bring a row into the clustering needlessly, never wrongly.
  const shared = (column: string) =>
    `hash(${column}) in (select hash(${column}) from roster_resolved where ${column} is not null
      group by all having count(*) > 1)`;
  // The rows sharing an identifier, numbered in (file, sheet, row) order. JavaScript gets each
  // identifier as a small integer (equal values, equal numbers), not as text: converting a
  // DuckDB string to JavaScript costs a microsecond.
  await db.run(`create or replace temp table roster_shared as
    select row_number() over (order by file, sheet, row_number)::integer - 1 as i, rid,
      ${ownAnchor} as own, own_key, id_number, phone, name_birth
    from roster_resolved where ${shared("id_number")} or ${shared("phone")} or ${shared("name_birth")}`);
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
  // (`~` sorts after letters: an ID number first, then a phone, a name and birth, a place): the
  // own_key of the row whose own identity sorts first.
  await db.run(`create or replace temp table roster_cluster as
    with rows as (select s.rid, p.rid as pid, s.own, s.own_key from roster_shared s
      join roster_root t on t.i = s.i join roster_shared p on p.i = t.root)
    select rid, pid, arg_min(own_key, own) over (partition by pid) as person_key from rows
    qualify count(*) over (partition by pid) > 1`);
  await db.run("drop table roster_root");
  await db.run("drop table roster_shared");
}
