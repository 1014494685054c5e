import { z } from 'zod';

/** `?page=&pageSize=` of every list endpoint; pages count from 1. */
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
/**
 * Keyset paging beside `?page=`: `?after=<id>` answers the rows that follow the row with that id in the
 * list's order (its `next`), as fast on the thousandth page as on the first. With `after`, `page` is
 * ignored; `next` is null on the last page.
 */
export const KeysetQuerySchema = PageQuerySchema.extend({ after: z.guid().optional() });
export type KeysetQuery = z.infer<typeof KeysetQuerySchema>;

export function keysetPageOf<T extends z.ZodType>(item: T) {
  return pageOf(item).extend({
    /** The `after` of the next page (the id of this page's last item); null when nothing follows. */
    next: z.guid().nullable(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const UuidSchema = z.uuid();
