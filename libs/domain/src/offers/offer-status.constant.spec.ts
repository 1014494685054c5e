import { describe, expect, it } from 'vitest';
import { isOfferPublic, OFFER_STATUSES, offerStatusAfter } from './offer-status.constant.js';

describe('offer status', () => {
  it('goes draft → review → published', () => {
    expect(offerStatusAfter('DRAFT', 'submit')).toBe('PENDING_REVIEW');
    expect(offerStatusAfter('PENDING_REVIEW', 'approve')).toBe('PUBLISHED');
  });

  it('is rejected from review only, and a rejected offer is edited back into a draft or resubmitted', () => {
    expect(offerStatusAfter('PENDING_REVIEW', 'reject')).toBe('REJECTED');
    expect(offerStatusAfter('DRAFT', 'reject')).toBeNull();
    expect(offerStatusAfter('PUBLISHED', 'approve')).toBeNull();
    expect(offerStatusAfter('REJECTED', 'edit')).toBe('DRAFT');
    expect(offerStatusAfter('REJECTED', 'submit')).toBe('PENDING_REVIEW');
  });

  it('never changes a published or waiting offer in place', () => {
    expect(offerStatusAfter('PUBLISHED', 'edit')).toBeNull();
    expect(offerStatusAfter('PENDING_REVIEW', 'edit')).toBeNull();
    expect(offerStatusAfter('PUBLISHED', 'submit')).toBeNull();
  });

  it('can be withdrawn from every status but withdrawn, which is final', () => {
    for (const status of OFFER_STATUSES.filter((s) => s !== 'WITHDRAWN'))
      expect(offerStatusAfter(status, 'withdraw')).toBe('WITHDRAWN');
    for (const action of ['edit', 'submit', 'approve', 'reject', 'withdraw'] as const)
      expect(offerStatusAfter('WITHDRAWN', action)).toBeNull();
  });

  it('is public when published only', () => {
    expect(OFFER_STATUSES.filter(isOfferPublic)).toEqual(['PUBLISHED']);
  });
});
