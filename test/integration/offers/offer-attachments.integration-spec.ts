/**
 * Attachments of technology offers (a brochure, a test report): under the certificate file rules of the
 * shared file store (PDF, PNG or JPEG by content, at most 10 MB, at most 10 per offer); only the owner adds
 * and removes them, and only while the offer can be edited; whoever may read the offer downloads them.
 */
import type { OfferAttachmentView, OfferView, ProblemDetails } from '@mcf/contracts';
import { OFFER_ATTACHMENTS_MAX } from '@mcf/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode, SAMPLE_PDF } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { WITHOUT_DEMO_DATA, registerNamed } from '../../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;
let institute: { organizationId: string; token: string };
let firm: { organizationId: string; token: string };

const OFFER = {
  title: '舰船复合材料螺旋桨成型技术',
  summary: '大型复合材料螺旋桨结构设计与模压成型工艺，降噪减重，已完成样机试验，可许可或合作开发。',
  sectors: ['NEW_MATERIALS', 'MARINE'],
  readinessLevel: 6,
  transferModes: ['LICENSE'],
  direction: 'MILITARY_TO_CIVIL',
  nonClassified: true,
};

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  institute = await registerNamed(api, 'INSTITUTE', '武汉船舶与海洋高新技术研究院附件测试', newCreditCode(), '421202');
  await api.setOrganizationStatus(admin, institute.organizationId, 'verify');
  firm = await registerNamed(api, 'ENTERPRISE', '咸宁附件测试复合材料有限公司', newCreditCode(), '421202');
  await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
}, 240_000);

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const upload = (offerId: string, token: string, content: Uint8Array = SAMPLE_PDF, name = '成果介绍.pdf', type = 'application/pdf') =>
  api.postFile<OfferAttachmentView | ProblemDetails>(`/api/v1/offers/${offerId}/attachments`, token, content, name, type);

async function download(offerId: string, attachmentId: string, token?: string): Promise<Response> {
  return fetch(`${app.baseUrl}/api/v1/offers/${offerId}/attachments/${attachmentId}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describe('attachments of a technology offer', () => {
  it('are added to a draft by its owner, listed with the offer, and downloadable once it is published', async () => {
    const created = await api.call<{ id: string }>('POST', '/api/v1/offers', { token: institute.token, body: OFFER });
    const offerId = created.body.id;
    const added = await upload(offerId, institute.token);
    expect(added.status).toBe(201);
    const attachment = added.body as OfferAttachmentView;
    expect(attachment).toMatchObject({ name: '成果介绍.pdf', kind: 'PDF', size: SAMPLE_PDF.length });

    const own = await api.call<OfferView>('GET', `/api/v1/offers/${offerId}`, { token: institute.token });
    expect(own.body.attachments).toEqual([attachment]);
    // A draft's file is the owner's (and the administrators') alone, as the draft is.
    expect((await download(offerId, attachment.id)).status).toBe(404);
    expect((await download(offerId, attachment.id, firm.token)).status).toBe(404);
    expect((await download(offerId, attachment.id, admin)).status).toBe(200);

    // Nobody else adds to it; and a file that is not a PDF, PNG or JPEG by content is refused (415).
    expect((await upload(offerId, firm.token)).status).toBe(404);
    const text = await upload(offerId, institute.token, new TextEncoder().encode('not a pdf'), 'notes.pdf');
    expect(text.status).toBe(415);
    expect(text.headers.get('content-type')).toContain('application/problem+json');

    // Submitted: the files are fixed (409); published: anyone downloads them under their name.
    expect((await api.call('POST', `/api/v1/offers/${offerId}/submit`, { token: institute.token })).status).toBe(200);
    const late = await upload(offerId, institute.token);
    expect(late.status).toBe(409);
    expect((late.body as ProblemDetails).code).toBe('INVALID_STATUS_TRANSITION');
    expect((await api.call('DELETE', `/api/v1/offers/${offerId}/attachments/${attachment.id}`, { token: institute.token })).status).toBe(409);
    expect((await api.call('POST', `/api/v1/admin/offers/${offerId}/approve`, { token: admin })).status).toBe(200);
    const file = await download(offerId, attachment.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent('成果介绍.pdf'));
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(SAMPLE_PDF))).toBe(true);
    const publicView = await api.call<OfferView>('GET', `/api/v1/offers/${offerId}`);
    expect(publicView.body.attachments.map((a) => a.name)).toEqual(['成果介绍.pdf']);
  });

  it('are removed by the owner while a draft, and at most OFFER_ATTACHMENTS_MAX are kept', async () => {
    const created = await api.call<{ id: string }>('POST', '/api/v1/offers', { token: institute.token, body: OFFER });
    const offerId = created.body.id;
    const ids: string[] = [];
    for (let i = 0; i < OFFER_ATTACHMENTS_MAX; i++) {
      const added = await upload(offerId, institute.token, SAMPLE_PDF, `检测报告${i + 1}.pdf`);
      expect(added.status).toBe(201);
      ids.push((added.body as OfferAttachmentView).id);
    }
    const over = await upload(offerId, institute.token);
    expect(over.status).toBe(409);
    expect((over.body as ProblemDetails).code).toBe('TOO_MANY_ATTACHMENTS');

    expect((await api.call('DELETE', `/api/v1/offers/${offerId}/attachments/${ids[0]}`, { token: firm.token })).status).toBe(404);
    expect((await api.call('DELETE', `/api/v1/offers/${offerId}/attachments/${ids[0]}`, { token: institute.token })).status).toBe(204);
    const view = await api.call<OfferView>('GET', `/api/v1/offers/${offerId}`, { token: institute.token });
    expect(view.body.attachments.map((a) => a.id)).toEqual(ids.slice(1));
    expect((await upload(offerId, institute.token)).status).toBe(201);
  });
});
