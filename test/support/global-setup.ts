import type { TestProject } from 'vitest/node';
import { setUpTestServices } from './test-services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    services: import('./test-services.js').TestServices;
  }
}

export default async function setup(project: TestProject) {
  const handle = await setUpTestServices();
  project.provide('services', handle.services);
  return () => handle.teardown();
}
