import type { OfferView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { contentOf, emptyOfferForm, formOf, useOfferEditor } from './useOfferEditor';

const ID = '7c0e8f57-8d1c-4f55-9b7e-1c2d3e4f5a61';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function offer(patch: Partial<OfferView> = {}): OfferView {
  return {
    id: ID,
    status: 'DRAFT',
    title: '芳纶纤维防弹板轻量化制备技术',
    summary: '芳纶纤维与超高分子量聚乙烯混杂铺层，热压一次成型，面密度降低两成。',
    sectors: ['NEW_MATERIALS'],
    readinessLevel: 6,
    transferModes: ['LICENSE'],
    direction: 'MILITARY_TO_CIVIL',
    ip: { status: 'PATENT_GRANTED', patentNumbers: ['ZL202110123456.7'] },
    applications: ['防弹插板'],
    expectedTerms: '',
    regionCode: '421202',
    nonClassified: true,
    organization: { id: '0b6d6a3e-1e5a-4d8c-8f0e-6f2f0d7c9a11', name: '湖北科技学院', kind: 'INSTITUTE' },
    mine: true,
    reviewReason: null,
    matchingStatus: null,
    attachments: [],
    submittedAt: null,
    publishedAt: null,
    createdAt: '2026-12-06T06:00:00Z',
    updatedAt: '2026-12-06T06:00:00Z',
    ...patch,
  };
}

function start(offerId: string | null, dependencies: Parameters<typeof useOfferEditor>[1]) {
  const scope = effectScope();
  return scope.run(() => useOfferEditor(offerId, dependencies))!;
}

describe('useOfferEditor', () => {
  it('sends what it loaded unchanged (the form and the wire agree)', () => {
    const loaded = offer();
    expect(contentOf(formOf(loaded))).toEqual({
      title: loaded.title,
      summary: loaded.summary,
      sectors: loaded.sectors,
      readinessLevel: 6,
      transferModes: ['LICENSE'],
      direction: 'MILITARY_TO_CIVIL',
      ip: loaded.ip,
      applications: ['防弹插板'],
      expectedTerms: '',
      regionCode: '421202',
      nonClassified: true,
    });
    expect(contentOf(emptyOfferForm()).regionCode).toBeNull();
  });

  it('names what still stops a submission, and checks the form with the contract before sending', async () => {
    const createOffer = vi.fn();
    const editor = start(null, { createOffer });
    expect(editor.submitProblems.value.map((p) => p.field)).toEqual(['summary', 'sectors', 'transferModes', 'nonClassified']);
    expect(await editor.save()).toBeNull();
    expect(createOffer).not.toHaveBeenCalled();
    expect(Object.keys(editor.fieldErrors.value)).toContain('title');
  });

  it('creates a draft, then submits it', async () => {
    const createOffer = vi.fn(() => Promise.resolve({ id: ID, status: 'DRAFT' as const }));
    const submitOffer = vi.fn(() => Promise.resolve(offer({ status: 'PENDING_REVIEW' })));
    const editor = start(null, { createOffer, submitOffer });
    Object.assign(editor.form, formOf(offer()));
    expect(editor.submitProblems.value).toEqual([]);
    expect(await editor.saveAndSubmit()).toBe(true);
    expect(createOffer).toHaveBeenCalledTimes(1);
    expect(submitOffer).toHaveBeenCalledWith(ID);
  });

  it('shows the API’s submit problems on their fields', async () => {
    const updateOffer = vi.fn(() => Promise.resolve(offer()));
    const submitOffer = vi.fn(() =>
      Promise.reject(
        new ApiProblem(
          problem(422, 'OFFER_INCOMPLETE', {
            errors: [{ field: 'summary', code: 'CLASSIFIED_MARKING', message: 'classified', messageZh: '请删除涉密内容' }],
          }),
        ),
      ),
    );
    const editor = start(ID, { getOffer: () => Promise.resolve(offer()), updateOffer, submitOffer });
    await flush();
    expect(editor.state.value).toBe('ready');
    expect(await editor.saveAndSubmit()).toBe(false);
    expect(editor.fieldErrors.value.summary).toEqual({ kind: 'bilingual', zh: '请删除涉密内容', en: 'classified' });
  });

  it('keeps the loaded offer’s files for the editor’s attachment list', async () => {
    const brochure = { id: '3f1c2b7a-9d4e-4c1f-8a2b-5e6d7c8b9a01', name: '成果介绍.pdf', kind: 'PDF' as const, size: 2048, createdAt: '2026-12-06T06:00:00Z' };
    const editor = start(ID, { getOffer: () => Promise.resolve(offer({ attachments: [brochure] })) });
    expect(editor.attachments.value).toEqual([]);
    await flush();
    expect(editor.attachments.value).toEqual([brochure]);
  });

  it('locks an offer under review or published', async () => {
    const editor = start(ID, { getOffer: () => Promise.resolve(offer({ status: 'PUBLISHED' })) });
    await flush();
    expect(editor.state.value).toBe('locked');
  });
});
