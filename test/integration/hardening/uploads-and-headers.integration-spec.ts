/**
 * Uploads are judged by the whole file (a PNG signature followed by HTML, a PNG with HTML after IEND
 * and a truncated PDF are 415 wherever files are uploaded), and every response carries the security
 * headers: the web app, the API, problem answers and scan downloads; HSTS only when the request came
 * over TLS through a trusted proxy.
 */
import { Agent, get } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, CERTIFICATE_FIELDS, SAMPLE_PDF } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { WITHOUT_DEMO_DATA } from '../../support/marketplace.js';
import { PNG_HEADER_THEN_HTML, PNG_HTML_POLYGLOT, sampleJpeg, samplePng, TRUNCATED_PDF } from '../../support/sample-files.js';
import { postMultipartMessage } from '../conversations/conversation-client.js';

const services = inject('services');

let app: RunningApp;
let api: ApiClient;
let firm: { token: string; organizationId: string };
let procurer: { token: string; organizationId: string };
let demandId: string;
let threadId: string;

const REFUSED: [string, Uint8Array, string][] = [
  ['a PNG with HTML after IEND', PNG_HTML_POLYGLOT, 'scan.png'],
  ['a PNG signature followed by HTML', PNG_HEADER_THEN_HTML, 'scan.png'],
  ['a truncated PDF', TRUNCATED_PDF, 'scan.pdf'],
];
const ACCEPTED: [string, Uint8Array, string][] = [
  ['a PDF', SAMPLE_PDF, '证书.pdf'],
  ['a PNG', samplePng(), '证书.png'],
  ['a JPEG', sampleJpeg(), '证书.jpg'],
];

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  const admin = await api.adminToken();
  firm = await api.registerOrganization('ENTERPRISE', 'upload-firm');
  procurer = await api.registerOrganization('PROCURER', 'upload-procurer');
  for (const org of [firm, procurer]) await api.setOrganizationStatus(admin, org.organizationId, 'verify');
  const demand = await api.call<{ id: string }>('POST', '/api/v1/demands', {
    token: procurer.token,
    body: {
      title: '上传测试需求',
      description: '采购复合材料构件一批，用于上传测试。',
      sectors: ['NEW_MATERIALS'],
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    },
  });
  demandId = demand.body.id;
  expect((await api.call('POST', `/api/v1/demands/${demandId}/publish`, { token: procurer.token })).status).toBe(200);
  const thread = await api.call<{ id: string }>('POST', `/api/v1/demands/${demandId}/threads`, { token: firm.token, body: {} });
  expect(thread.status, JSON.stringify(thread.body)).toBeLessThan(300);
  threadId = thread.body.id;
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const upload = {
  certificate: (content: Uint8Array, name: string) =>
    api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS, { content, name, type: 'image/png' }),
  'demand attachment': (content: Uint8Array, name: string) =>
    api.postFile(`/api/v1/demands/${demandId}/attachments`, procurer.token, content, name, 'image/png'),
  'message attachment': (content: Uint8Array, name: string) =>
    postMultipartMessage(api, threadId, firm.token, {}, { content, name, type: 'image/png' }),
};

describe('uploads are judged by the whole file', () => {
  for (const [where, send] of Object.entries(upload)) {
    for (const [what, content, name] of REFUSED) {
      it(`refuses ${what} as a ${where} with 415`, async () => {
        const response = await send(content, name);
        expect(response.status, JSON.stringify(response.body)).toBe(415);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(JSON.stringify(response.body)).toMatch(/UNSUPPORTED_FILE_TYPE/);
      });
    }
    for (const [what, content, name] of ACCEPTED) {
      it(`accepts ${what} as a ${where}`, async () => {
        const response = await send(content, name);
        expect(response.status, JSON.stringify(response.body)).toBe(201);
      });
    }
  }

  it('refuses a file name with a NUL, naming the field', async () => {
    // RFC 5987 lets a part's name carry any byte; a browser's FormData would not send this one.
    const head = '--fuzz\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8\'\'a%00b.pdf\r\nContent-Type: application/pdf\r\n\r\n';
    const body = Buffer.concat([Buffer.from(head), Buffer.from(SAMPLE_PDF), Buffer.from('\r\n--fuzz--\r\n')]);
    const response = await fetch(`${app.baseUrl}/api/v1/demands/${demandId}/attachments`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${procurer.token}`, 'Content-Type': 'multipart/form-data; boundary=fuzz' },
      body,
    });
    const problem = (await response.json()) as { errors?: { field: string; code: string }[] };
    expect(response.status, JSON.stringify(problem)).toBe(400);
    expect(problem.errors?.[0], JSON.stringify(problem)).toMatchObject({ field: 'file.filename', code: 'INVALID_CHARACTER' });
  });
});

function expectSecurityHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'(;| 'sha256-)/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
}

describe('security headers', () => {
  it('are on the web app, the API, problem answers and the OpenAPI document', async () => {
    for (const path of ['/', '/enterprise/qualifications', '/api/v1/system/info', '/api/v1/demands/not-an-id', '/api/docs-json', '/api/health']) {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { Accept: path.startsWith('/api') ? 'application/json' : 'text/html' } });
      expectSecurityHeaders(response.headers);
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('are on a scan download, which is an attachment', async () => {
    const uploaded = await api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS, { content: SAMPLE_PDF, name: '证书.pdf' });
    const download = await fetch(`${app.baseUrl}/api/v1/qualifications/${uploaded.body.id}/file`, { headers: { Authorization: `Bearer ${firm.token}` } });
    expect(download.status).toBe(200);
    expectSecurityHeaders(download.headers);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(SAMPLE_PDF);
  });

  it('add HSTS only when a trusted proxy says the request came over TLS', async () => {
    // The test talks to the app over loopback, which TRUST_PROXY trusts by default.
    const overTls = await fetch(`${app.baseUrl}/api/v1/system/info`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(overTls.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    const plain = await fetch(`${app.baseUrl}/api/v1/system/info`, { headers: { 'X-Forwarded-Proto': 'http' } });
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('kept-alive connections', () => {
  it('stay open longer than a proxy in front keeps its idle connections (60 s)', async () => {
    // Node announces its idle timeout in the Keep-Alive header of every kept-alive answer.
    const header = await new Promise<string>((resolve, reject) => {
      const agent = new Agent({ keepAlive: true });
      get(`${app.baseUrl}/api/health/live`, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          agent.destroy();
          resolve([response.headers['keep-alive'] ?? ''].flat().join(', '));
        });
      }).on('error', reject);
    });
    const seconds = Number(/timeout=(\d+)/.exec(header)?.[1]);
    expect(seconds, header).toBeGreaterThan(60);
  });
});

describe('requests refused before the app runs', () => {
  // Node's HTTP parser refuses a request line and headers over 16 kB before Express sees them; the
  // answer is still RFC 9457 problem+json, and the connection is closed.
  const cases: [string, string, Record<string, string>][] = [
    ['a 20 kB query string', `/api/v1/search/enterprises?q=${'y'.repeat(20_000)}`, {}],
    ['a 20 kB header', '/api/v1/system/info', { 'X-Padding': 'z'.repeat(20_000) }],
    ['a 20 kB query string, asking for English', `/api/v1/demands?q=${'测'.repeat(3_000)}`, { 'Accept-Language': 'en' }],
  ];
  for (const [what, path, headers] of cases) {
    it(`answers ${what} with a 431 problem`, async () => {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { Accept: 'application/json', ...headers } });
      expect(response.status).toBe(431);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const problem = (await response.json()) as Record<string, unknown>;
      expect(problem).toMatchObject({ status: 431, code: 'REQUEST_HEADERS_TOO_LARGE', type: '/api/problems/request-headers-too-large' });
      expect(problem.title).toBe(headers['Accept-Language'] === 'en' ? 'Request headers or query string too large' : '请求头或查询参数过长');
    });
  }

  it('goes on serving after such a refusal', async () => {
    expect((await fetch(`${app.baseUrl}/api/v1/system/info`)).status).toBe(200);
  });
});

describe('with TRUST_PROXY=off', () => {
  let untrusting: RunningApp;
  beforeAll(async () => {
    untrusting = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA, TRUST_PROXY: 'off' }));
  });
  afterAll(async () => {
    expect(await untrusting?.stop()).toBe(0);
  });

  it('believes no X-Forwarded-Proto, so plain HTTP never gets HSTS', async () => {
    const response = await fetch(`${untrusting.baseUrl}/api/v1/system/info`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expectSecurityHeaders(response.headers);
  });
});
