import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ImportReport, ImportRun, OrganizationAdminPage } from '@mcf/contracts';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, REPO_ROOT, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { QUEUE_PREFIX: `${services.queuePrefix}-import` }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const encode = (text: string) => new TextEncoder().encode(text);

async function organizationsNamed(text: string): Promise<number> {
  const page = await api.call<OrganizationAdminPage>('GET', `/api/v1/admin/organizations?q=${encodeURIComponent(text)}&pageSize=100`, { token: admin });
  return page.body.total;
}

async function waitForRun(id: string): Promise<ImportRun> {
  for (let i = 0; i < 100; i++) {
    const run = await api.call<ImportRun>('GET', `/api/v1/admin/imports/${id}`, { token: admin });
    if (run.body.status === 'DONE' || run.body.status === 'FAILED') return run.body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the import did not finish');
}

describe('bulk import of enterprises', () => {
  it('a dry run names every bad row of a crafted file and writes nothing; the real run imports the good rows in the background', async () => {
    const tag = `导入测试${Date.now().toString(36)}`;
    const [code1, code2] = [newCreditCode(), newCreditCode()];
    const csv = [
      '机构名称,统一社会信用代码,所在地区,领域,简介,产品,能力,主要设备,员工人数',
      `${tag}甲公司,${code1},咸安区,新材料；智能装备,复合材料,"碳纤维构件, 雷达罩",热压罐成型,,120`,
      `${tag}乙公司,91421202MA4BADCODE,赤壁市,新材料,,,,,`,
      `${tag}丙公司,${code2},通山县,量子玄学,,,,,`,
      `${tag}丁公司,${code1},嘉鱼县,新能源,,,,,`,
      `,${newCreditCode()},崇阳县,新能源,,,,,`,
      `${tag}戊公司,${code2.slice(0, 17)}${code2[17] === '0' ? '1' : '0'},火星,应急装备,,,,,`,
    ].join('\r\n');

    const dry = await api.postFile<ImportReport>('/api/v1/admin/imports', admin, encode(csv), 'firms.csv');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, format: 'CSV', total: 6, valid: 1 });
    expect(dry.body.problems.map((p) => `${p.line} ${p.field} ${p.code}`)).toEqual([
      '3 creditCode INVALID_CREDIT_CODE',
      '4 sectors UNKNOWN_SECTOR',
      '5 creditCode DUPLICATE_IN_FILE',
      '6 name REQUIRED',
      '7 creditCode INVALID_CREDIT_CODE',
      '7 region UNKNOWN_REGION',
    ]);
    expect(await organizationsNamed(tag)).toBe(0);

    const real = await api.postFile<ImportRun>('/api/v1/admin/imports?dryRun=false', admin, encode(csv), 'firms.csv');
    expect(real.status).toBe(202);
    const done = await waitForRun(real.body.id);
    expect(done).toMatchObject({ status: 'DONE', total: 1, processed: 1, created: 1 });
    expect(done.skipped).toHaveLength(6);
    const imported = await api.call<OrganizationAdminPage>('GET', `/api/v1/admin/organizations?status=PENDING_VERIFICATION&q=${encodeURIComponent(tag)}`, { token: admin });
    expect(imported.body.items).toEqual([expect.objectContaining({ name: `${tag}甲公司`, creditCode: code1, status: 'PENDING_VERIFICATION', memberCount: 0 })]);

    const again = await api.postFile<ImportReport>('/api/v1/admin/imports', admin, encode(csv), 'firms.csv');
    expect(again.body.problems.find((p) => p.line === 2)).toMatchObject({ code: 'ALREADY_REGISTERED' });
  });

  it('reads the JSON of the evaluation set', async () => {
    const json = readFileSync(`${REPO_ROOT}/../shared/eval/matching-dev.json`);
    const dry = await api.postFile<ImportReport>('/api/v1/admin/imports', admin, json, 'matching-dev.json', 'application/json');
    expect(dry.status).toBe(200);
    expect(dry.body.format).toBe('JSON');
    expect(dry.body.total).toBe(14);
    expect(dry.body.problems.filter((p) => p.code !== 'ALREADY_REGISTERED')).toEqual([]);
  });

  it('answers a damaged XLSX and a bad file with the field named (XLSX itself: enterprise-import-xlsx)', async () => {
    const xlsx = await api.postFile<{ code: string; errors: { field: string }[] }>('/api/v1/admin/imports', admin, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'firms.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.status).toBe(400);
    expect(xlsx.body).toMatchObject({ code: 'IMPORT_UNREADABLE', errors: [{ field: 'file' }] });
    const noHeader = await api.postFile<{ errors: { field: string }[] }>('/api/v1/admin/imports', admin, encode('a,b\n1,2'), 'x.csv');
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors[0]!.field).toBe('file');
  });

  it('offers the CSV template', async () => {
    const response = await fetch(`${app.baseUrl}/api/v1/admin/imports/template`, { headers: { Authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await response.text()).toMatch(/^\ufeff?机构名称,统一社会信用代码,所在地区/);
  });
});
