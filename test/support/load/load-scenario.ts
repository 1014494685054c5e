/**
 * The marketplace a load run works on, and its virtual users. Each virtual user loops, with a short
 * think time, over a weighted mix of what people do: search (60 %), view a firm's profile or a demand
 * (20 %), send a message in a demand's thread (10 %), publish a demand (5 %), respond to a demand (5 %).
 * Every call is timed and recorded with its status and the backend that answered; every write the
 * platform accepted (2xx) is recorded, so that the checks afterwards can find each of them.
 */
import { type ApiClient, newCreditCode, TEST_PASSWORD } from '../api-client.js';
import { type CreatedFirm, createFirm, daysFromNow, publishDemand, registerNamed } from '../marketplace.js';
import { UPSTREAM_HEADER, UPSTREAM_LOST_HEADER } from './round-robin-proxy.js';

export const LOAD_KINDS = ['search', 'view', 'message', 'publish', 'respond', 'signin'] as const;
export type LoadKind = (typeof LOAD_KINDS)[number];
/** The mix of the issue: search 60 %, views 20 %, messages 10 %, demand publishing 5 %, responses 5 %. */
export const DEFAULT_WEIGHTS: Record<LoadKind, number> = { search: 60, view: 20, message: 10, publish: 5, respond: 5, signin: 0 };

const PRODUCTS = [
  ['复合材料舱段', '机载天线罩'],
  ['超静音发电机组', '车载电源'],
  ['移动电站', '方舱电站'],
  ['特种线缆', '耐高温线束'],
  ['无人机航电', '飞控计算机'],
  ['精密轴承', '伺服电机'],
  ['野战帐篷', '单兵背囊'],
  ['北斗定位终端', '短波电台'],
] as const;
const SECTORS = ['NEW_MATERIALS', 'EMERGENCY', 'NEW_ENERGY', 'ELECTRONICS', 'AEROSPACE', 'INTELLIGENT_EQUIPMENT', 'LOGISTICS', 'ELECTRONICS'] as const;
const SEARCH_TERMS = PRODUCTS.flat();

export interface Marketplace {
  firms: CreatedFirm[];
  procurers: { organizationId: string; token: string }[];
  /** Published demands any firm may view, message about and respond to (grows as the run publishes). */
  demands: string[];
}

/** Firms with published profiles and verified procurers with one published demand each, made through the API. */
export async function seedMarketplace(api: ApiClient, counts: { firms: number; procurers: number }): Promise<Marketplace> {
  const admin = await api.adminToken();
  const firms: CreatedFirm[] = [];
  // A few at a time: quick, without a burst of registrations all at once.
  for (let start = 0; start < counts.firms; start += 4) {
    firms.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(4, counts.firms - start) }, (_, j) => {
          const i = start + j;
          const products = PRODUCTS[i % PRODUCTS.length]!;
          return createFirm(api, admin, {
            name: `咸宁负载测试企业${i + 1}号有限公司`,
            creditCode: newCreditCode(),
            regionCode: '421202',
            summary: `${products.join('、')}研制生产。`,
            sectors: [SECTORS[i % SECTORS.length]!],
            products: [...products],
            capabilities: ['批量生产'],
            qualifications: [],
          });
        }),
      )),
    );
  }
  const procurers: Marketplace['procurers'] = [];
  const demands: string[] = [];
  for (let i = 0; i < counts.procurers; i++) {
    const procurer = await registerNamed(api, 'PROCURER', `某部负载测试采购单位${i + 1}`, newCreditCode(), '421200');
    await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
    procurers.push({ organizationId: procurer.organizationId, token: procurer.token });
    const products = PRODUCTS[i % PRODUCTS.length]!;
    const { demand } = await publishDemand(api, procurer.token, {
      title: `负载测试初始需求 ${i + 1}：采购${products[0]}`,
      description: `需采购${products.join('、')}。`,
      sectors: [SECTORS[i % SECTORS.length]!],
      requiredQualifications: [],
    });
    demands.push(demand.id);
  }
  return { firms, procurers, demands };
}

export interface LoadSample {
  kind: LoadKind;
  status: number;
  ms: number;
  /** When the call started, ms since the run began. */
  at: number;
  /** The API that answered (or was lost), from the proxy. */
  upstream: string | null;
  /** The proxy lost the request: its API died while handling it. */
  lost: boolean;
  /** A 5xx's body (or the network error), for the report. */
  detail?: string;
  /** Content type of an error answer (4xx/5xx): the platform answers problem+json. */
  contentType?: string | null;
}

export interface AcceptedWrites {
  /** Demands whose publishing was answered 2xx, with the version published. */
  demands: { id: string; version: number; procurerId: string }[];
  responses: { id: string; demandId: string; enterpriseId: string }[];
  messages: { id: string; threadId: string }[];
}

export interface LoadRun {
  samples: LoadSample[];
  accepted: AcceptedWrites;
  wallSeconds: number;
  /** When each event ran, ms since the run began, in the order given. */
  eventsAt: number[];
}

export interface LoadOptions {
  virtualUsers: number;
  durationMs: number;
  /** Pause of each virtual user between two calls (uniform in [thinkMs/2, thinkMs·3/2]). */
  thinkMs: number;
  /** Milestones during the run (kills, faults): called once each at `atMs`. */
  events?: { atMs: number; run: () => Promise<void> | void }[];
  /** Per-call time limit: a call that takes longer is recorded as a hang (status 0). */
  callTimeoutMs?: number;
  /** Relative weights of the kinds of call (DEFAULT_WEIGHTS when left out). */
  weights?: Record<LoadKind, number>;
}

function kindPicker(weights: Record<LoadKind, number>): (random: number) => LoadKind {
  const total = LOAD_KINDS.reduce((sum, kind) => sum + weights[kind], 0);
  return (random) => {
    let sum = 0;
    for (const kind of LOAD_KINDS) {
      sum += weights[kind];
      if (random * total < sum) return kind;
    }
    return 'search';
  };
}

const pickOne = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

export async function runLoad(baseUrl: string, market: Marketplace, options: LoadOptions): Promise<LoadRun> {
  const samples: LoadSample[] = [];
  const accepted: AcceptedWrites = { demands: [], responses: [], messages: [] };
  const started = Date.now();
  const end = started + options.durationMs;
  const timeoutMs = options.callTimeoutMs ?? 30_000;
  /** Threads already opened, by demand and firm; demands each firm already responded to. */
  const threads = new Map<string, string>();
  const responded = new Set<string>();
  let demandCount = 0;

  const call = async <T>(kind: LoadKind, method: string, path: string, token?: string, body?: unknown) => {
    const at = Date.now() - started;
    const t = performance.now();
    let status = 0;
    let parsed: unknown;
    let upstream: string | null = null;
    let lost = false;
    let detail: string | undefined;
    let contentType: string | null | undefined;
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      upstream = response.headers.get(UPSTREAM_HEADER) ?? response.headers.get(UPSTREAM_LOST_HEADER);
      lost = response.headers.has(UPSTREAM_LOST_HEADER);
      const text = await response.text();
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      if (status >= 500) detail = text.slice(0, 300);
      if (status >= 400) contentType = response.headers.get('content-type');
    } catch (error) {
      detail = (error as Error).message;
    }
    samples.push({ kind, status, ms: performance.now() - t, at, upstream, lost, ...(detail ? { detail } : {}), ...(contentType !== undefined ? { contentType } : {}) });
    return { status, body: parsed as T };
  };

  const actions: Record<LoadKind, (vu: number) => Promise<void>> = {
    search: async () => {
      const q = encodeURIComponent(pickOne(SEARCH_TERMS));
      const path = Math.random() < 0.75 ? `/api/v1/search/enterprises?q=${q}` : `/api/v1/search/demands?q=${q}`;
      await call('search', 'GET', path);
    },
    view: async (vu) => {
      const firm = market.firms[vu % market.firms.length]!;
      if (market.demands.length === 0 || Math.random() < 0.5) {
        await call('view', 'GET', `/api/v1/enterprises/${pickOne(market.firms).organizationId}`, firm.token);
      } else {
        await call('view', 'GET', `/api/v1/demands/${pickOne(market.demands)}`, firm.token);
      }
    },
    message: async (vu) => {
      if (market.demands.length === 0) return actions.search(vu);
      const firm = market.firms[vu % market.firms.length]!;
      const demandId = pickOne(market.demands);
      const key = `${demandId}:${firm.organizationId}`;
      let threadId = threads.get(key);
      if (!threadId) {
        const opened = await call<{ id: string }>('message', 'POST', `/api/v1/demands/${demandId}/threads`, firm.token, {});
        if (opened.status !== 200 && opened.status !== 201) return;
        threadId = opened.body.id;
        threads.set(key, threadId);
      }
      const sent = await call<{ id: string }>('message', 'POST', `/api/v1/threads/${threadId}/messages`, firm.token, {
        body: `负载测试留言 ${vu}-${samples.length}：请问交付周期可否缩短？`,
      });
      if (sent.status === 201 || sent.status === 200) accepted.messages.push({ id: sent.body.id, threadId });
    },
    publish: async (vu) => {
      const procurer = market.procurers[vu % market.procurers.length]!;
      const products = pickOne(PRODUCTS);
      demandCount += 1;
      const draft = await call<{ id: string }>('publish', 'POST', '/api/v1/demands', procurer.token, {
        title: `负载测试需求 ${demandCount}：采购${products[0]}`,
        description: `需采购${products.join('、')}，要求按期交付并提供质量证明。`,
        sectors: [SECTORS[PRODUCTS.indexOf(products)]!],
        requiredQualifications: [],
        regionCode: null,
        visibility: 'PUBLIC',
        deadline: daysFromNow(60),
      });
      if (draft.status !== 201) return;
      const published = await call<{ id: string; version: number }>('publish', 'POST', `/api/v1/demands/${draft.body.id}/publish`, procurer.token);
      if (published.status === 200) {
        accepted.demands.push({ id: published.body.id, version: published.body.version, procurerId: procurer.organizationId });
        market.demands.push(published.body.id);
      }
    },
    respond: async (vu) => {
      const firm = market.firms[vu % market.firms.length]!;
      const open = market.demands.filter((id) => !responded.has(`${id}:${firm.organizationId}`));
      if (open.length === 0) return actions.publish(vu);
      const demandId = pickOne(open);
      responded.add(`${demandId}:${firm.organizationId}`);
      const answer = await call<{ id: string }>('respond', 'POST', `/api/v1/demands/${demandId}/responses`, firm.token, {
        kind: 'INTEREST',
        proposal: '可按要求供货，30 天交付。',
        price: 120000,
        deliveryDays: 30,
      });
      if (answer.status === 201) accepted.responses.push({ id: answer.body.id, demandId, enterpriseId: firm.organizationId });
    },
    signin: async (vu) => {
      const firm = market.firms[vu % market.firms.length]!;
      await call('signin', 'POST', '/api/v1/auth/login', undefined, { email: firm.email, password: TEST_PASSWORD });
    },
  };
  const pickKind = kindPicker(options.weights ?? DEFAULT_WEIGHTS);

  const events = options.events ?? [];
  const eventsAt: number[] = events.map(() => NaN);
  const pending = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.atMs - b.event.atMs);
  const eventsDone = (async () => {
    for (const { event, index } of pending) {
      const wait = started + event.atMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      eventsAt[index] = Date.now() - started;
      await event.run();
    }
  })();

  await Promise.all(
    Array.from({ length: options.virtualUsers }, async (_, vu) => {
      // Spread the start over the first think time, as people arrive.
      await new Promise((r) => setTimeout(r, Math.random() * options.thinkMs));
      while (Date.now() < end) {
        await actions[pickKind(Math.random())](vu);
        await new Promise((r) => setTimeout(r, options.thinkMs * (0.5 + Math.random())));
      }
    }),
  );
  await eventsDone;
  return { samples, accepted, wallSeconds: (Date.now() - started) / 1000, eventsAt };
}

export function percentileOf(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Requests, p50/p95 and statuses per kind. */
export function summarise(samples: readonly LoadSample[]) {
  const byKind: Record<string, { requests: number; p50: number; p95: number; statuses: Record<string, number> }> = {};
  for (const kind of LOAD_KINDS) {
    const mine = samples.filter((s) => s.kind === kind);
    if (mine.length === 0) continue;
    const statuses: Record<string, number> = {};
    for (const s of mine) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
    const ms = mine.map((s) => s.ms);
    byKind[kind] = { requests: mine.length, p50: Math.round(percentileOf(ms, 50)), p95: Math.round(percentileOf(ms, 95)), statuses };
  }
  return byKind;
}
