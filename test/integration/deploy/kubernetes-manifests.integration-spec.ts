/**
 * infra/k8s: the base and both overlays, rendered as `kubectl kustomize` would (support/kustomize.ts; no
 * kustomize binary or cluster here), every object validated against the Kubernetes 1.27 OpenAPI schemas
 * (npm `kubernetes-models`) and KEDA's CRD schemas (`@kubernetes-models/keda`), then checked for what
 * the deployment needs: references that resolve, probes, autoscaling on the right targets, one
 * Meilisearch writer, resource limits everywhere, and network policies covering every pod.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { ScaledObject, TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/app-process.js';
import { kustomize, type Manifest, readManifests, strategicMerge } from '../../support/kustomize.js';

const K8S = join(REPO_ROOT, 'infra/k8s');

/** Every kind the manifests may use, with the model that validates it. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'keda.sh/v1alpha1/ScaledObject': ScaledObject,
  'keda.sh/v1alpha1/TriggerAuthentication': TriggerAuthentication,
};

/** The schema's complaints about one object, or [] when it is valid. */
function schemaErrors(manifest: Manifest): string[] {
  const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
  if (!Model) return [`${manifest.apiVersion} ${manifest.kind} has no schema here`];
  try {
    new Model(manifest as never).validate();
    return [];
  } catch (error) {
    return [`${manifest.kind} ${manifest.metadata.name}: ${(error as Error).message}`];
  }
}

interface Container {
  name: string;
  image: string;
  command?: string[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: { containers: Container[] };
}
type Workload = Manifest & { spec: { replicas?: number; template: PodTemplate; selector: { matchLabels: Record<string, string> } } };

const find = <T extends Manifest = Manifest>(manifests: Manifest[], kind: string, name: string): T => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found as T;
};
const podTemplates = (manifests: Manifest[]) =>
  manifests.filter((m) => ['Deployment', 'StatefulSet', 'Job'].includes(m.kind)).map((m) => ({ owner: m, template: (m as Workload).spec.template }));
const matches = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);
const mebibytes = (quantity: string) => {
  const [, amount, unit] = /^(\d+)(Mi|Gi)$/.exec(quantity) ?? [];
  if (!amount) throw new Error(`unexpected memory quantity ${quantity}`);
  return Number(amount) * (unit === 'Gi' ? 1024 : 1);
};

let queueNames: string[];
let workerNodeFlags: string[];
beforeAll(async () => {
  // The queues the app really has, and the V8 flags it gives its own worker processes (integration tests
  // run after the API's build).
  const constants = (await import(pathToFileURL(join(REPO_ROOT, 'apps/api/dist/core/queue/queue.constants.js')).href)) as { QueueName: Record<string, string> };
  queueNames = Object.values(constants.QueueName).sort();
  const supervisor = (await import(pathToFileURL(join(REPO_ROOT, 'apps/api/dist/core/queue/worker-supervisor.js')).href)) as { WORKER_NODE_FLAGS: string[] };
  workerNodeFlags = supervisor.WORKER_NODE_FLAGS;
});

describe('the schema check itself', () => {
  it('refuses a wrong type and a missing required field (so a passing check means something)', () => {
    const [deployment] = readManifests(join(K8S, 'base/api.yaml'));
    expect(schemaErrors(deployment!)).toEqual([]);
    expect(schemaErrors({ ...deployment!, spec: { ...(deployment!.spec as object), replicas: 'two' } })).toEqual([expect.stringContaining('replicas')]);
    expect(schemaErrors({ ...deployment!, spec: { ...(deployment!.spec as object), selector: undefined } })).toEqual([expect.stringContaining('selector')]);
    const scaled = readManifests(join(K8S, 'base/worker.yaml')).find((m) => m.kind === 'ScaledObject')!;
    expect(schemaErrors({ ...scaled, spec: { ...(scaled.spec as object), scaleTargetRef: undefined } })).toEqual([expect.stringContaining('scaleTargetRef')]);
  });

  it('merges patches the way kustomize does: maps by key, named lists by name, other lists replaced', () => {
    expect(
      strategicMerge(
        { containers: [{ name: 'a', env: [{ name: 'X', value: '1' }, { name: 'Y', value: '2' }] }], args: ['1', '2'] },
        { containers: [{ name: 'a', env: [{ name: 'Y', value: '3' }] }], args: ['3'] },
      ),
    ).toEqual({ containers: [{ name: 'a', env: [{ name: 'X', value: '1' }, { name: 'Y', value: '3' }] }], args: ['3'] });
  });
});

describe.each(['base', 'overlays/dev', 'overlays/prod'])('infra/k8s/%s', (folder) => {
  const manifests = kustomize(join(K8S, folder));
  const config = find<Manifest & { data: Record<string, string> }>(manifests, 'ConfigMap', 'mcf-config');
  const secret = find<Manifest & { stringData: Record<string, string> }>(manifests, 'Secret', 'mcf-secrets');
  const api = find<Workload>(manifests, 'Deployment', 'mcf-api');
  const worker = find<Workload>(manifests, 'Deployment', 'mcf-worker');

  it('every object is valid against the Kubernetes and KEDA schemas', () => {
    expect(manifests.flatMap(schemaErrors)).toEqual([]);
    expect(new Set(manifests.map((m) => `${m.kind}/${m.metadata.name}`)).size).toBe(manifests.length);
    if (folder !== 'base') {
      const namespace = `mcf-${folder.split('/')[1]}`;
      expect(manifests.every((m) => m.metadata.namespace === namespace)).toBe(true);
      for (const { template } of podTemplates(manifests))
        for (const container of template.spec.containers.filter((c) => !c.image.startsWith('getmeili/')))
          expect(container.image).toMatch(/^registry\.example\.org\/mcf\/mcf-platform:[\w.-]+$/);
    }
  });

  it('runs the API with two or more replicas, readiness and liveness probes, CPU autoscaling and a disruption budget', () => {
    const container = api.spec.template.spec.containers[0]!;
    expect(api.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(container.env).toContainEqual({ name: 'ROLE', value: 'api' });
    expect(container.readinessProbe?.httpGet?.path).toBe('/api/health/ready');
    expect(container.livenessProbe?.httpGet?.path).toBe('/api/health/live');
    const { spec: hpa } = find<
      Manifest & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number; metrics: { resource?: { name: string } }[] } }
    >(manifests, 'HorizontalPodAutoscaler', 'mcf-api');
    expect(hpa.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'mcf-api' });
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.maxReplicas).toBeGreaterThan(hpa.minReplicas);
    expect(hpa.metrics.map((m) => m.resource?.name)).toEqual(['cpu']);
    const pdb = find<Manifest & { spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } } }>(manifests, 'PodDisruptionBudget', 'mcf-api').spec;
    expect(matches(pdb.selector.matchLabels, api.spec.template.metadata.labels)).toBe(true);
    expect(pdb.minAvailable).toBeLessThan(hpa.minReplicas);
  });

  it('scales the workers with KEDA on the wait list of every BullMQ queue, under the prefix the app uses', () => {
    expect(worker.spec.template.spec.containers[0]!.env).toContainEqual({ name: 'ROLE', value: 'worker' });
    // With the V8 flags the app gives the worker processes it starts itself.
    expect(worker.spec.template.spec.containers[0]!.command).toEqual(['node', ...workerNodeFlags, 'apps/api/dist/main.js']);
    const scaled = find<Manifest & { spec: { scaleTargetRef: { name: string }; minReplicaCount: number; maxReplicaCount: number; triggers: { type: string; metadata: Record<string, string>; authenticationRef: { name: string } }[] } }>(
      manifests,
      'ScaledObject',
      'mcf-worker',
    ).spec;
    expect(scaled.scaleTargetRef.name).toBe(worker.metadata.name);
    expect(scaled.minReplicaCount).toBeGreaterThanOrEqual(1);
    expect(scaled.maxReplicaCount).toBeGreaterThan(scaled.minReplicaCount);
    expect(scaled.triggers.every((t) => t.type === 'redis' && t.metadata.address === 'redis:6379' && Number(t.metadata.listLength) > 0)).toBe(true);
    expect(scaled.triggers.map((t) => t.metadata.listName).sort()).toEqual(queueNames.map((queue) => `${config.data.QUEUE_PREFIX}:${queue}:wait`));
    for (const trigger of scaled.triggers) {
      const auth = find<Manifest & { spec: { secretTargetRef: { name: string; key: string }[] } }>(manifests, 'TriggerAuthentication', trigger.authenticationRef.name);
      for (const ref of auth.spec.secretTargetRef) expect(secret.metadata.name === ref.name && ref.key in secret.stringData).toBe(true);
    }
  });

  it('migrates once in a Job with the migrate command, before the app', () => {
    const job = find<Manifest & { spec: { backoffLimit: number; template: PodTemplate & { spec: { restartPolicy: string } } } }>(manifests, 'Job', 'mcf-migrate');
    expect(job.spec.template.spec.containers[0]!.command).toEqual(['node', 'apps/api/dist/cli/migrate.js']);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    expect(manifests.filter((m) => m.kind === 'Job')).toHaveLength(1);
  });

  it('keeps Meilisearch to one pod with a volume, and its indexing memory below its memory limit', () => {
    const meili = find<Workload & { spec: { volumeClaimTemplates: { metadata: { name: string } }[] } }>(manifests, 'StatefulSet', 'meilisearch');
    expect(meili.spec.replicas).toBe(1);
    const container = meili.spec.template.spec.containers[0]!;
    expect(meili.spec.volumeClaimTemplates.map((v) => v.metadata.name)).toEqual(['data']);
    const indexing = container.env?.find((e) => e.name === 'MEILI_MAX_INDEXING_MEMORY')?.value ?? '';
    expect(indexing).toMatch(/^\d+(Mi|Gi)B$/);
    expect(mebibytes(indexing.replace(/B$/, ''))).toBeLessThan(mebibytes(container.resources!.limits!.memory!));
    expect(manifests.some((m) => m.kind === 'HorizontalPodAutoscaler' && (m.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name === 'meilisearch')).toBe(false);
  });

  it('reaches PostgreSQL and Redis as external services, with settings and secrets that all resolve', () => {
    for (const name of ['postgres', 'redis']) expect(find<Manifest & { spec: { type: string } }>(manifests, 'Service', name).spec.type).toBe('ExternalName');
    expect(config.data.MEILI_URL).toBe('http://meilisearch:7700');
    expect(config.data.STORAGE_URL).toMatch(/^s3:\/\//);
    for (const key of ['DATABASE_URL', 'REDIS_URL', 'MEILI_MASTER_KEY', 'JWT_SECRET', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']) expect(secret.stringData).toHaveProperty(key);
    for (const { owner, template } of podTemplates(manifests)) {
      for (const container of template.spec.containers) {
        for (const source of container.envFrom ?? []) {
          if (source.configMapRef) expect(source.configMapRef.name, `${owner.metadata.name}`).toBe(config.metadata.name);
          if (source.secretRef) expect(source.secretRef.name, `${owner.metadata.name}`).toBe(secret.metadata.name);
        }
        for (const variable of container.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef;
          if (ref) expect(ref.name === secret.metadata.name && ref.key in secret.stringData, `${owner.metadata.name} ${variable.name}`).toBe(true);
        }
      }
    }
  });

  it('gives every container resource requests and limits, and every Service a pod to send to', () => {
    for (const { owner, template } of podTemplates(manifests)) {
      for (const container of template.spec.containers) {
        expect(Object.keys(container.resources?.requests ?? {}).sort(), `${owner.metadata.name}/${container.name}`).toEqual(['cpu', 'memory']);
        expect(Object.keys(container.resources?.limits ?? {}).sort(), `${owner.metadata.name}/${container.name}`).toEqual(['cpu', 'memory']);
        expect(mebibytes(container.resources!.requests!.memory!)).toBeLessThanOrEqual(mebibytes(container.resources!.limits!.memory!));
      }
    }
    for (const service of manifests.filter((m) => m.kind === 'Service')) {
      const selector = (service.spec as { selector?: Record<string, string> }).selector;
      if (!selector) continue;
      expect(podTemplates(manifests).some(({ template }) => matches(selector, template.metadata.labels)), service.metadata.name).toBe(true);
    }
  });

  it('denies all traffic by default and lets each pod reach only what it needs', () => {
    const policies = manifests.filter((m) => m.kind === 'NetworkPolicy') as (Manifest & {
      spec: { podSelector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values: string[] }[] }; policyTypes: string[] };
    })[];
    const denyAll = policies.find((p) => Object.keys(p.spec.podSelector).length === 0 && !('ingress' in p.spec) && !('egress' in p.spec));
    expect(denyAll?.spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    const selects = (policy: (typeof policies)[number], labels: Record<string, string>) =>
      matches(policy.spec.podSelector.matchLabels ?? {}, labels) &&
      (policy.spec.podSelector.matchExpressions ?? []).every((e) => e.operator === 'In' && e.values.includes(labels[e.key] ?? ''));
    for (const { owner, template } of podTemplates(manifests)) {
      const specific = policies.filter((p) => p !== denyAll && Object.keys(p.spec.podSelector).length > 0 && selects(p, template.metadata.labels));
      expect(specific.length, `${owner.metadata.name} has its own policy`).toBeGreaterThan(0);
    }
  });
});
