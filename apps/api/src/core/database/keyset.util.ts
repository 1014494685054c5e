import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Keyset paging (`?after=<id>`): the rows after the row with that id, in the list's order. The order
 * must end with the id and run one way throughout (all ascending or all descending), so that one row
 * comparison — `(sort, id) > (its sort, its id)` — selects what follows and an index on `(sort, id)`
 * serves it without reading the rows before. The cursor is the id alone, so a timestamp never loses
 * its microseconds on the way through JSON.
 */
export function afterRow<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  table: string,
  sortColumn: string,
  descending: boolean,
  after: string | undefined,
): SelectQueryBuilder<T> {
  if (!after) return builder;
  return builder.andWhere(
    `(${alias}."${sortColumn}", ${alias}."id") ${descending ? '<' : '>'} (SELECT k."${sortColumn}", k."id" FROM "${table}" k WHERE k."id" = :keysetAfter)`,
    { keysetAfter: after },
  );
}

/** One page out of `pageSize + 1` rows read: the page, and the `next` cursor when a row follows it. */
export function keysetSlice<T extends { id: string }>(rows: T[], pageSize: number): { rows: T[]; next: string | null } {
  const page = rows.slice(0, pageSize);
  return { rows: page, next: rows.length > pageSize ? page[page.length - 1]!.id : null };
}
