import { DataSource } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { countRows, inIdOrder, keysetSlice, pageIds } from './keyset.util.js';

// Never connected: the builders only render SQL, and the one read is replaced by the rows a test gives.
const dataSource = new DataSource({ type: 'postgres' });
const ORDER = { alias: 'd', table: 'demands', column: 'published_at', descending: true };

function keysReturning(ids: string[]) {
  const keys = dataSource.createQueryBuilder().from('demands', 'd').where('d.published_at IS NOT NULL');
  const read = vi.spyOn(keys, 'getRawMany').mockResolvedValue(ids.map((id) => ({ id })));
  return { keys, read };
}

describe('keysetSlice', () => {
  it('gives the page and, when a row follows it, the id of its last row as the next cursor', () => {
    expect(keysetSlice([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2)).toEqual({ rows: [{ id: 'a' }, { id: 'b' }], next: 'b' });
    expect(keysetSlice([{ id: 'a' }, { id: 'b' }], 2)).toEqual({ rows: [{ id: 'a' }, { id: 'b' }], next: null });
    expect(keysetSlice([], 2)).toEqual({ rows: [], next: null });
  });
});

describe('inIdOrder', () => {
  it('puts rows loaded by id back in the order of the ids and leaves out an id whose row is gone', () => {
    const rows = [{ id: 'c', n: 3 }, { id: 'a', n: 1 }];
    expect(inIdOrder(rows, ['a', 'b', 'c'])).toEqual([{ id: 'a', n: 1 }, { id: 'c', n: 3 }]);
  });
});

describe('pageIds (the ids of a page first, its rows after)', () => {
  it('reads only the ids, ordered by the sort then the id one way, pageSize + 1 of them after the offset', async () => {
    const { keys } = keysReturning(['x', 'y', 'z']);
    const page = await pageIds(keys, ORDER, { page: 3, pageSize: 2 });
    expect(page).toEqual({ ids: ['x', 'y'], next: 'y' });
    const sql = keys.getSql();
    expect(sql).toMatch(/^SELECT d\.id AS "id" FROM "demands" "d"/);
    expect(sql).toContain('ORDER BY d.published_at DESC, d.id DESC');
    expect(sql).toMatch(/LIMIT 3 OFFSET 4$/);
  });

  it('pages after a row by its (sort, id), from the start of what follows it, and ends with no cursor', async () => {
    const { keys } = keysReturning(['x']);
    const page = await pageIds(keys, { ...ORDER, descending: false }, { page: 7, pageSize: 2, after: '3f1c2b9a-0000-4000-8000-000000000000' });
    expect(page).toEqual({ ids: ['x'], next: null });
    const [sql, parameters] = keys.getQueryAndParameters();
    expect(sql).toContain(`(d."published_at", d."id") > (SELECT k."published_at", k."id" FROM "demands" k WHERE k."id" = $1)`);
    expect(sql).toContain('ORDER BY d.published_at ASC, d.id ASC');
    expect(sql).toMatch(/LIMIT 3 OFFSET 0$/);
    expect(parameters).toEqual(['3f1c2b9a-0000-4000-8000-000000000000']);
  });
});

describe('countRows', () => {
  it('counts rows with count(*), not the distinct ids, keeping the filters and leaving the builder as it was', async () => {
    const keys = dataSource.createQueryBuilder().from('demands', 'd').where('d.status = :status', { status: 'PUBLISHED' });
    const before = keys.getSql();
    let counted = '';
    const clone = keys.clone.bind(keys);
    vi.spyOn(keys, 'clone').mockImplementation(() => {
      const copy = clone();
      vi.spyOn(copy, 'getRawOne').mockImplementation(async () => {
        counted = copy.getSql();
        return { total: 7 };
      });
      return copy;
    });
    expect(await countRows(keys)).toBe(7);
    expect(counted).toBe(`SELECT count(*)::int AS "total" FROM "demands" "d" WHERE d.status = $1`);
    expect(keys.getSql()).toBe(before);
  });
});
