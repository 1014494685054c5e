import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** One Kubernetes object as YAML gives it. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

interface Kustomization {
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string> }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string }[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every YAML document of a file, as Kubernetes objects. */
export function readManifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
    return document.toJS() as Manifest;
  });
}

const isObject = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A strategic merge patch as kubectl/kustomize apply it to the fields these manifests patch: objects merge
 * key by key; lists of named items (containers, env, ports, volumes) merge by `name`; other lists replace.
 */
export function strategicMerge(target: Json, patch: Json): Json {
  if (isObject(target) && isObject(patch)) {
    const merged: { [key: string]: Json } = { ...target };
    for (const [key, value] of Object.entries(patch)) merged[key] = key in target ? strategicMerge(target[key]!, value) : value;
    return merged;
  }
  if (Array.isArray(target) && Array.isArray(patch) && [...target, ...patch].every((item) => isObject(item) && typeof item.name === 'string')) {
    const merged = [...target] as { [key: string]: Json }[];
    for (const item of patch as { [key: string]: Json }[]) {
      const at = merged.findIndex((existing) => existing.name === item.name);
      if (at >= 0) merged[at] = strategicMerge(merged[at]!, item) as { [key: string]: Json };
      else merged.push(item);
    }
    return merged;
  }
  return patch;
}

function podSpecsOf(manifest: Manifest): { containers?: { image?: string }[]; initContainers?: { image?: string }[] }[] {
  const spec = manifest.spec as { template?: { spec?: object }; jobTemplate?: { spec?: { template?: { spec?: object } } } } | undefined;
  return [spec?.template?.spec, spec?.jobTemplate?.spec?.template?.spec].filter(Boolean) as never;
}

/**
 * Renders a kustomization folder the way `kubectl kustomize` does for the features used in infra/k8s:
 * resources (files and folders, recursively), labels, images, strategic-merge patches by kind and name,
 * and namespace. Anything else in a kustomization.yaml is refused, so the test cannot silently ignore it.
 */
export function kustomize(folder: string): Manifest[] {
  const [kustomization] = readManifests(join(folder, 'kustomization.yaml')) as unknown as (Kustomization & Record<string, unknown>)[];
  const known = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'images', 'patches']);
  const unknown = Object.keys(kustomization!).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`${folder}: kustomization fields this renderer does not implement: ${unknown.join(', ')}`);

  let manifests: Manifest[] = [];
  for (const resource of kustomization!.resources ?? []) {
    const path = resolve(folder, resource);
    manifests.push(...(resource.endsWith('.yaml') ? readManifests(path) : kustomize(path)));
  }
  for (const { path } of kustomization!.patches ?? []) {
    for (const patch of readManifests(join(folder, path))) {
      const at = manifests.findIndex((m) => m.kind === patch.kind && m.metadata.name === patch.metadata.name);
      if (at < 0) throw new Error(`${join(folder, path)}: no ${patch.kind} ${patch.metadata.name} to patch`);
      manifests[at] = strategicMerge(manifests[at] as unknown as Json, patch as unknown as Json) as unknown as Manifest;
    }
  }
  for (const { pairs } of kustomization!.labels ?? []) {
    manifests = manifests.map((m) => ({ ...m, metadata: { ...m.metadata, labels: { ...m.metadata.labels, ...pairs } } }));
  }
  for (const image of kustomization!.images ?? []) {
    for (const manifest of manifests) {
      for (const pod of podSpecsOf(manifest)) {
        for (const container of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
          const [name, tag] = (container.image ?? '').split(':');
          if (name === image.name) container.image = `${image.newName ?? name}:${image.newTag ?? tag ?? 'latest'}`;
        }
      }
    }
  }
  if (kustomization!.namespace) {
    manifests = manifests.map((m) => ({ ...m, metadata: { ...m.metadata, namespace: kustomization!.namespace } }));
  }
  return manifests;
}
