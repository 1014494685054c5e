import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ImportReport, ImportRun, ImportRunPage, OrganizationAdminPage, ProblemDetails } from '@mcf/contracts';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { storedZip, xlsxOf } from './xlsx-fixture.js';

const services = inject('services');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['机构名称', '统一社会信用代码', '所在地区', '领域', '简介', '产品', '能力', '主要设备', '员工人数'];
let app: RunningApp;
let api: ApiClient;
let admin: string;

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { QUEUE_PREFIX: `${services.queuePrefix}-import-xlsx` }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

async function organizationsNamed(text: string): Promise<OrganizationAdminPage['items']> {
  const page = await api.call<OrganizationAdminPage>('GET', `/api/v1/admin/organizations?q=${encodeURIComponent(text)}&pageSize=100`, { token: admin });
  return page.body.items;
}

async function runCount(): Promise<number> {
  return (await api.call<ImportRunPage>('GET', '/api/v1/admin/imports?pageSize=1', { token: admin })).body.total;
}

async function waitForRun(id: string): Promise<ImportRun> {
  for (let i = 0; i < 150; i++) {
    const run = await api.call<ImportRun>('GET', `/api/v1/admin/imports/${id}`, { token: admin });
    if (run.body.status === 'DONE' || run.body.status === 'FAILED') return run.body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the import did not finish');
}

const postXlsx = <T>(content: Uint8Array, query = '', headers?: Record<string, string>) =>
  headers
    ? fetch(`${app.baseUrl}/api/v1/admin/imports${query}`, { method: 'POST', headers: { Authorization: `Bearer ${admin}`, ...headers }, body: form(content) }).then(
        async (response) => ({ status: response.status, body: (await response.json()) as T, headers: response.headers }),
      )
    : api.postFile<T>(`/api/v1/admin/imports${query}`, admin, content, 'firms.xlsx', XLSX_TYPE);

function form(content: Uint8Array): FormData {
  const data = new FormData();
  data.append('file', new Blob([content as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), 'firms.xlsx');
  return data;
}

describe('XLSX import', () => {
  it('a dry run names every bad row of a crafted workbook by its Excel row number, and writes nothing', async () => {
    const tag = `表格导入${Date.now().toString(36)}`;
    const [code1, code2, code3] = [newCreditCode(), newCreditCode(), newCreditCode()];
    const xlsx = xlsxOf({
      1: HEADER,
      2: [`${tag}甲公司`, code1, '咸安区', '新材料；智能装备', '复合材料', '碳纤维构件；雷达罩', '热压罐成型', null, 120],
      3: [`${tag}乙公司`, '91421202MA4BADCODE', '赤壁市', '新材料'], // bad credit code
      // Row 4 is left blank, as people do; the numbers after it stay Excel's.
      5: [`${tag}丙公司`, code2, '通山县', '量子玄学'], // unknown sector
      6: [`${tag}丁公司`, code1, '嘉鱼县', '新能源'], // the credit code of row 2 again
      7: [null, code3, '崇阳县', '新能源'], // no name
      8: [`${tag}戊公司`, newCreditCode(), '421223', '应急装备', null, null, null, null, '很多'],
    });
    const runsBefore = await runCount();

    const dry = await postXlsx<ImportReport>(xlsx);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, format: 'XLSX', total: 6, valid: 1 });
    expect(dry.body.problems.map((p) => `${p.line} ${p.field} ${p.code}`)).toEqual([
      '3 creditCode INVALID_CREDIT_CODE',
      '5 sectors UNKNOWN_SECTOR',
      '6 creditCode DUPLICATE_IN_FILE',
      '7 name REQUIRED',
      '8 employees INVALID_NUMBER',
    ]);
    expect(dry.body.problems.find((p) => p.line === 5)).toMatchObject({ message: 'Unknown sector "量子玄学"', messageZh: '无法识别的领域“量子玄学”' });
    expect(await organizationsNamed(tag)).toEqual([]);
    expect(await runCount()).toBe(runsBefore);

    const real = await postXlsx<ImportRun>(xlsx, '?dryRun=false');
    expect(real.status).toBe(202);
    const done = await waitForRun(real.body.id);
    expect(done).toMatchObject({ status: 'DONE', total: 1, processed: 1, created: 1 });
    expect(done.skipped.map((p) => p.line)).toEqual([3, 5, 6, 7, 8]);
    expect(await organizationsNamed(tag)).toEqual([
      expect.objectContaining({ name: `${tag}甲公司`, creditCode: code1, status: 'PENDING_VERIFICATION', memberCount: 0 }),
    ]);
    const runs = await api.call<ImportRunPage>('GET', '/api/v1/admin/imports', { token: admin });
    expect(runs.body.items[0]).toMatchObject({ id: real.body.id, status: 'DONE' });
  });

  it('answers a damaged, foreign or oversized file with a 4xx problem naming the file, in Chinese or English', async () => {
    const expectProblem = async (content: Uint8Array, status: number, code: string, language?: string) => {
      const response = await postXlsx<ProblemDetails>(content, '', language ? { 'Accept-Language': language } : undefined);
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe(code);
      expect(response.body.errors?.[0]).toMatchObject({ field: 'file', message: expect.any(String), messageZh: expect.any(String) });
      return response.body;
    };
    const good = xlsxOf({ 1: HEADER, 2: ['某公司', newCreditCode(), '咸安区'] });

    const truncated = await expectProblem(good.subarray(0, good.length - 40), 400, 'IMPORT_UNREADABLE');
    expect(truncated.title).toBe('无法读取该文件');
    expect(truncated.errors![0]!.messageZh).toMatch(/^工作簿已损坏或不完整/);
    const english = await expectProblem(good.subarray(0, good.length - 40), 400, 'IMPORT_UNREADABLE', 'en');
    expect(english.title).toBe('The file cannot be read');

    await expectProblem(storedZip({ 'word/document.xml': '<w:document/>' }), 415, 'UNSUPPORTED_FILE_TYPE');
    const legacy = await expectProblem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 415, 'UNSUPPORTED_FILE_TYPE');
    expect(legacy.errors![0]!.messageZh).toMatch(/\.xls/);

    // 60 MB of zeros deflates to about 60 KB: refused from its declared size, before anything is inflated.
    const bomb = storedZip({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) }, ['xl/worksheets/sheet1.xml']);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    await expectProblem(bomb, 413, 'IMPORT_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(2000);

    const brokenXml = storedZip({
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row><c t="inlineStr"><is><t>未闭合</t></is></row></sheetData></worksheet>',
    });
    await expectProblem(brokenXml, 400, 'IMPORT_UNREADABLE');
    await expectProblem(xlsxOf({ 1: ['甲', '乙'], 2: ['1', '2'] }), 400, 'IMPORT_UNREADABLE');
    // The app is still well: a good file right after goes through.
    expect((await postXlsx<ImportReport>(good)).status).toBe(200);
  });

  it('offers the template as CSV and as XLSX, and the XLSX template reads back as the header and the example row', async () => {
    const download = (query: string) => fetch(`${app.baseUrl}/api/v1/admin/imports/template${query}`, { headers: { Authorization: `Bearer ${admin}` } });

    const csv = await download('?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain("filename*=UTF-8''%E4%BC%81%E4%B8%9A%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.csv");
    const csvBytes = Buffer.from(await csv.arrayBuffer());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    expect(csvBytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(HEADER.join(','));

    const xlsx = await download('?format=xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(xlsx.headers.get('content-disposition')).toMatch(/filename="enterprise-import-template\.xlsx"/);
    const workbook = new Uint8Array(await xlsx.arrayBuffer());
    expect([...workbook.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // Uploaded unchanged, its example row passes the checks it teaches (a well-formed credit code and
    // every field in range); a dry run shows it as one firm before anything is imported.
    const dry = await postXlsx<ImportReport>(workbook);
    expect(dry.body).toMatchObject({ format: 'XLSX', total: 1, valid: 1 });
    expect(dry.body.problems).toEqual([]);

    expect((await download('?format=pdf')).status).toBe(400);
    expect((await download('')).headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('resumes a run that stopped, from the row after the last one imported, and audits it', async () => {
    const tag = `续传测试${Date.now().toString(36)}`;
    const rows = ['甲', '乙', '丙'].map((suffix, index) => ({
      line: index + 2,
      name: `${tag}${suffix}公司`,
      creditCode: newCreditCode(),
      regionCode: '421202',
      sectors: ['NEW_MATERIALS'],
      summary: null,
      products: [],
      capabilities: [],
      equipment: [],
      employees: null,
    }));
    const me = await api.call<{ id: string }>('GET', '/api/v1/me', { token: admin });
    // A run whose job gave up after importing row 1 (cursor 1): as the worker leaves it when it fails for good.
    const client = new pg.Client({ connectionString: services.databaseUrl });
    await client.connect();
    let id: string;
    try {
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO "enterprise_imports" ("status", "started_by", "rows", "cursor", "created", "skipped", "total_rows")
         VALUES ('FAILED', $1, $2::jsonb, 1, 1, '[]'::jsonb, 3) RETURNING "id"`,
        [me.body.id, JSON.stringify(rows)],
      );
      id = inserted.rows[0]!.id;
    } finally {
      await client.end();
    }
    const listed = await api.call<ImportRunPage>('GET', '/api/v1/admin/imports', { token: admin });
    expect(listed.body.items.find((run) => run.id === id)).toMatchObject({ status: 'FAILED', processed: 1, total: 3 });

    const resumed = await api.call<ImportRun>('POST', `/api/v1/admin/imports/${id}/resume`, { token: admin });
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toMatch(/QUEUED|RUNNING|DONE/);
    const done = await waitForRun(id);
    expect(done).toMatchObject({ status: 'DONE', processed: 3, created: 3 });
    expect((await organizationsNamed(tag)).map((o) => o.name).sort()).toEqual([`${tag}丙公司`, `${tag}乙公司`]);

    const again = await api.call<ProblemDetails>('POST', `/api/v1/admin/imports/${id}/resume`, { token: admin });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('IMPORT_FINISHED');
    const audit = await api.call<{ items: { action: string; before: { status: string } }[] }>(
      'GET',
      `/api/v1/admin/audit-events?targetType=import&targetId=${id}&action=admin.import.resumed`,
      { token: admin },
    );
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'admin.import.resumed', before: { status: 'FAILED', processed: 1 } })]);
  });
});
