import { describe, expect, it } from 'vitest';
import { chinaDateOf, daysUntilExpiry, dueExpiryReminder, expiryWatchWindow, isVettedNow, qualificationCountsOn } from './qualification-validity.util.js';

describe('qualificationCountsOn', () => {
  it('counts an approved certificate valid through the day', () => {
    expect(qualificationCountsOn({ status: 'APPROVED', expiresOn: '2027-03-31' }, '2027-03-31')).toBe(true);
    expect(qualificationCountsOn({ status: 'APPROVED', expiresOn: '2027-03-31' }, '2027-04-01')).toBe(false);
  });

  it.each(['PENDING', 'REJECTED', 'EXPIRED'] as const)('never counts a %s certificate, even in date', (status) => {
    expect(qualificationCountsOn({ status, expiresOn: '2099-12-31' }, '2026-11-28')).toBe(false);
  });

  it("judges by a demand's deadline: a certificate expiring before it does not count", () => {
    expect(qualificationCountsOn({ status: 'APPROVED', expiresOn: '2026-12-15' }, '2027-01-10')).toBe(false);
  });
});

describe('dates in China', () => {
  it('uses the UTC+8 calendar day', () => {
    expect(chinaDateOf(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(chinaDateOf(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });

  it('is vetted now until the end of the expiry day in China', () => {
    const cert = { status: 'APPROVED' as const, expiresOn: '2026-11-28' };
    expect(isVettedNow(cert, new Date('2026-11-28T15:59:00Z'))).toBe(true);
    expect(isVettedNow(cert, new Date('2026-11-28T16:01:00Z'))).toBe(false);
  });

  it('counts whole days until expiry', () => {
    expect(daysUntilExpiry('2026-12-28', new Date('2026-11-28T02:00:00Z'))).toBe(30);
    expect(daysUntilExpiry('2026-11-27', new Date('2026-11-28T02:00:00Z'))).toBe(-1);
  });
});

describe('dueExpiryReminder', () => {
  const now = new Date('2026-11-28T02:00:00Z');
  it('is due 60, 30 and 7 days before, each once', () => {
    expect(dueExpiryReminder('2027-01-27', now, [])).toBe(60);
    expect(dueExpiryReminder('2027-01-28', now, [])).toBeNull();
    expect(dueExpiryReminder('2026-12-28', now, [60])).toBe(30);
    expect(dueExpiryReminder('2026-12-28', now, [60, 30])).toBeNull();
    expect(dueExpiryReminder('2026-12-05', now, [60, 30])).toBe(7);
  });

  it('sends only the nearest when several were missed (e.g. a certificate uploaded late)', () => {
    expect(dueExpiryReminder('2026-12-03', now, [])).toBe(7);
  });

  it('sends nothing once expired', () => {
    expect(dueExpiryReminder('2026-11-27', now, [])).toBeNull();
  });
});

describe('expiryWatchWindow', () => {
  it('puts a certificate in the narrowest window it falls in', () => {
    expect(expiryWatchWindow(0)).toBe(30);
    expect(expiryWatchWindow(30)).toBe(30);
    expect(expiryWatchWindow(31)).toBe(60);
    expect(expiryWatchWindow(60)).toBe(60);
    expect(expiryWatchWindow(61)).toBe(90);
    expect(expiryWatchWindow(90)).toBe(90);
  });

  it('has no window for a lapsed certificate or one further away than 90 days', () => {
    expect(expiryWatchWindow(-1)).toBeNull();
    expect(expiryWatchWindow(91)).toBeNull();
  });
});
