import { describe, expect, it } from 'vitest';
import { ALERT_DEMOTION_THRESHOLD, ALERT_SECTOR_WEIGHT, ALERT_TITLE_WEIGHT } from './alert-similarity.constant.js';

describe('alert similarity constants', () => {
  it('weighs sectors and title to a whole', () => {
    expect(ALERT_SECTOR_WEIGHT + ALERT_TITLE_WEIGHT).toBeCloseTo(1);
  });

  it('does not demote an item for sharing its sectors alone', () => {
    expect(ALERT_SECTOR_WEIGHT).toBeLessThan(ALERT_DEMOTION_THRESHOLD);
    expect(ALERT_DEMOTION_THRESHOLD).toBeLessThanOrEqual(1);
  });
});
