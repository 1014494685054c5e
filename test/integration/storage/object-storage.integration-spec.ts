/**
 * STORAGE_URL=s3://…: uploaded files go to an S3-protocol server (s3rver, started here) and never to
 * the app's local disk; downloads still stream through the API's access check (no URL to the bucket is
 * ever handed out).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '@mcf/embedded-services';
import type { DemandView } from '@mcf/contracts';
import { ApiClient, CERTIFICATE_FIELDS, SAMPLE_PDF } from '../../support/api-client.js';
import { appEnvironment, makeDataDir, type RunningApp, spawnApp, startApp } from '../../support/app-process.js';
import { daysFromNow, WITHOUT_DEMO_DATA } from '../../support/marketplace.js';
import { S3RVER_CREDENTIALS, startS3Server, type RunningS3Server } from '../../support/s3-server.js';
import { samplePng } from '../../support/sample-files.js';

const services = inject('services');
const BUCKET = 'mcf-files';
const PREFIX = `run-${services.runId}`;
let s3: RunningS3Server;
let bucket: S3Client;
let app: RunningApp;
let api: ApiClient;
let dataDir: string;

const storageUrl = (name: string) => `s3://${name}/${PREFIX}?endpoint=${encodeURIComponent(s3.endpoint)}&region=us-east-1&forcePathStyle=true`;

beforeAll(async () => {
  s3 = await startS3Server(services.tempDir, [BUCKET]);
  bucket = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: S3RVER_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: S3RVER_CREDENTIALS.AWS_SECRET_ACCESS_KEY },
  });
  dataDir = makeDataDir(services, 'storage');
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA, DATA_DIR: dataDir, STORAGE_URL: storageUrl(BUCKET), ...S3RVER_CREDENTIALS }));
  api = new ApiClient(app.baseUrl);
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  bucket?.destroy();
  await s3?.close();
});

async function objectsInBucket(): Promise<string[]> {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${PREFIX}/` }));
  return (listed.Contents ?? []).map((object) => object.Key!).sort();
}

async function objectBytes(key: string): Promise<Uint8Array> {
  const object = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return object.Body!.transformToByteArray();
}

describe('object storage (STORAGE_URL=s3://…)', () => {
  it('keeps a certificate scan in the bucket, not on local disk, and serves it only through the access check', async () => {
    const admin = await api.adminToken();
    const firm = await api.registerOrganization('ENTERPRISE', 'firm');
    const other = await api.registerOrganization('ENTERPRISE', 'other');
    const uploaded = await api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS, { content: SAMPLE_PDF, name: '证书.pdf' });
    expect(uploaded.status).toBe(201);

    const sha256 = createHash('sha256').update(SAMPLE_PDF).digest('hex');
    const key = `${PREFIX}/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
    expect(await objectsInBucket()).toEqual([key]);
    expect(await objectBytes(key)).toEqual(SAMPLE_PDF);
    expect(existsSync(join(dataDir, 'files'))).toBe(false);

    const path = `/api/v1/qualifications/${uploaded.body.id}/file`;
    const download = await fetch(`${app.baseUrl}${path}`, { headers: { Authorization: `Bearer ${firm.token}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(SAMPLE_PDF);
    expect((await fetch(`${app.baseUrl}${path}`, { headers: { Authorization: `Bearer ${admin}` } })).status).toBe(200);
    expect((await fetch(`${app.baseUrl}${path}`, { headers: { Authorization: `Bearer ${other.token}` } })).status).toBe(404);
    expect((await fetch(`${app.baseUrl}${path}`)).status).toBe(401);
  });

  it('stores a demand attachment in the same bucket, once per content', async () => {
    const admin = await api.adminToken();
    const procurer = await api.registerOrganization('PROCURER', 'procurer');
    await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
    const draft = await api.call<DemandView>('POST', '/api/v1/demands', {
      token: procurer.token,
      body: { title: '野战电源采购', description: '采购野战用低噪声移动电站一批，要求车载机动、静音运行。', sectors: ['EMERGENCY'], deadline: daysFromNow(20) },
    });
    expect(draft.status).toBe(201);
    const png = samplePng(6, 5);
    const path = `/api/v1/demands/${draft.body.id}/attachments`;
    const first = await api.postFile<{ id: string }>(path, procurer.token, png, '图纸.png', 'image/png');
    const again = await api.postFile<{ id: string }>(path, procurer.token, png, '图纸-副本.png', 'image/png');
    expect([first.status, again.status]).toEqual([201, 201]);
    const keys = await objectsInBucket();
    expect(keys).toHaveLength(2);
    const download = await fetch(`${app.baseUrl}${path}/${again.body.id}`, { headers: { Authorization: `Bearer ${procurer.token}` } });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(png);
    expect(existsSync(join(dataDir, 'files')) ? readdirSync(join(dataDir, 'files')) : []).toEqual([]);
  });

  it('refuses to start when the bucket is not there, naming it', async () => {
    const { child, output, exited } = spawnApp(
      appEnvironment(services, { ...WITHOUT_DEMO_DATA, ROLE: 'api', PORT: String(await findFreePort()), STORAGE_URL: storageUrl('no-such-bucket'), ...S3RVER_CREDENTIALS }),
    );
    const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60_000))]);
    if (code === 'timeout') child.kill('SIGKILL');
    expect(code).not.toBe(0);
    expect(output()).toContain('Storage error: cannot reach S3 bucket no-such-bucket');
  }, 90_000);
});
