import { describe, expect, it } from 'vitest';
import { offerActions } from './mine/useMyOffers';
import { offerSearchParams } from './search/useOfferSearch';

describe('offer pages', () => {
  it('offers the owner what the status rule allows', () => {
    expect(offerActions({ status: 'DRAFT' })).toEqual({ edit: true, withdraw: true, matches: false });
    expect(offerActions({ status: 'REJECTED' })).toEqual({ edit: true, withdraw: true, matches: false });
    expect(offerActions({ status: 'PENDING_REVIEW' })).toEqual({ edit: false, withdraw: true, matches: false });
    expect(offerActions({ status: 'PUBLISHED' })).toEqual({ edit: false, withdraw: true, matches: true });
    expect(offerActions({ status: 'WITHDRAWN' })).toEqual({ edit: false, withdraw: false, matches: false });
  });

  it('asks the search without the filters left empty', () => {
    expect(offerSearchParams({ q: '  复合材料 ', sector: '', transferMode: 'LICENSE', direction: '', page: 2 })).toEqual({
      q: '复合材料',
      transferMode: 'LICENSE',
      page: 2,
      pageSize: 20,
    });
  });
});
