import { describe, expect, it } from 'vitest';
import { ALERT_DEMOTION_THRESHOLD } from './alert-similarity.constant.js';
import { isDemotedAlert } from './is-demoted-alert.util.js';

describe('isDemotedAlert', () => {
  it('demotes from the threshold on', () => {
    expect(isDemotedAlert(ALERT_DEMOTION_THRESHOLD)).toBe(true);
    expect(isDemotedAlert(1)).toBe(true);
  });

  it('keeps items below it', () => {
    expect(isDemotedAlert(0)).toBe(false);
    expect(isDemotedAlert(ALERT_DEMOTION_THRESHOLD - 0.001)).toBe(false);
  });
});
