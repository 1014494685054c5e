import { API_PREFIX, type PublicAwardPage } from '@mcf/contracts';
import { http } from './http';

/** The OCDS 1.1 release package of published demands and awards (public JSON, paginated). */
export const OCDS_RELEASES_PATH = `${API_PREFIX}/open-data/ocds/releases`;

/** `GET /open-data/awards` (public): awards, newest first. */
export function getPublicAwards(
  query: { page?: number; pageSize?: number } = {},
  signal?: AbortSignal,
): Promise<PublicAwardPage> {
  return http.get<PublicAwardPage>(`${API_PREFIX}/open-data/awards`, { query: { ...query }, signal });
}
