import { ALERT_SECTOR_WEIGHT, ALERT_TITLE_WEIGHT } from './alert-similarity.constant.js';
import type { AlertSubject } from './alert-subject.type.js';
import { shareInCommon } from './share-in-common.util.js';
import { titlePairs } from './title-pairs.util.js';

/**
 * How much a new item resembles the most similar of the items the user marked not relevant, 0..1:
 * the weighted share of sectors and of title character pairs in common. 0 when nothing was dismissed.
 */
export function similarityToDismissed(item: AlertSubject, dismissed: readonly AlertSubject[]): number {
  if (dismissed.length === 0) return 0;
  const pairs = titlePairs(item.title);
  let best = 0;
  for (const other of dismissed) {
    const similarity =
      ALERT_SECTOR_WEIGHT * shareInCommon(item.sectors, other.sectors) +
      ALERT_TITLE_WEIGHT * shareInCommon(pairs, titlePairs(other.title));
    if (similarity > best) best = similarity;
  }
  return Math.min(1, best);
}
