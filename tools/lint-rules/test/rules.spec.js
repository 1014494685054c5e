// Each boundary rule fires on a deliberately bad import and stays quiet on a good one. The core and
// module rules judge paths only, so their files are virtual (under ROOT); the cycle rule reads the
// files an import leads to, so its fixtures are real (fixtures/cycle, ignored by the workspace lint).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import plugin from '../index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.afterAll = afterAll;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' } });
const ROOT = '/virtual-workspace';
const options = [{ root: ROOT }];
const api = (file) => path.join(ROOT, 'apps/api/src', file);
const here = path.dirname(fileURLToPath(import.meta.url));
const cycle = (file) => path.join(here, 'fixtures/cycle', file);

tester.run('core-imports-no-module', plugin.rules['core-imports-no-module'], {
  valid: [
    { filename: api('core/auth/actor.ts'), options, code: "import { Keys } from '../config/keys.js';" },
    { filename: api('core/auth/actor.ts'), options, code: "import type { MembershipRole } from '@mcf/contracts';" },
    // Outside core the rule says nothing.
    { filename: api('modules/demands/demands.service.ts'), options, code: "import { Other } from '../offers/offers.service.js';" },
  ],
  invalid: [
    {
      filename: api('core/auth/actor.ts'),
      options,
      code: "import type { MembershipRole } from '../../modules/accounts/entities/user.entity.js';",
      errors: [{ messageId: 'coreImportsModule' }],
    },
    {
      filename: api('core/database/entities.ts'),
      options,
      code: "export { Demand } from '../../modules/demands/entities/demand.entity.js';",
      errors: [{ messageId: 'coreImportsModule' }],
    },
    { filename: api('core/database/options.ts'), options, code: "import { ENTITIES } from '../../entities.js';", errors: [{ messageId: 'coreImportsModule' }] },
  ],
});

tester.run('no-foreign-module-internals', plugin.rules['no-foreign-module-internals'], {
  valid: [
    // Another module's exported service, and the module's own repository and entities.
    { filename: api('modules/matching/matching.service.ts'), options, code: "import { DemandQueries } from '../demands/demand-queries.service.js';" },
    { filename: api('modules/demands/demands.service.ts'), options, code: "import { DemandsRepository } from './demands.repository.js';" },
    { filename: api('modules/demands/demands.service.ts'), options, code: "import { Demand } from './entities/demand.entity.js';" },
    { filename: api('modules/demands/jobs/deadline.job.ts'), options, code: "import { DemandsRepository } from '../demands.repository.js';" },
  ],
  invalid: [
    {
      filename: api('modules/matching/matching.service.ts'),
      options,
      code: "import { DemandsRepository } from '../demands/demands.repository.js';",
      errors: [{ messageId: 'foreignInternal' }],
    },
    {
      filename: api('modules/indexing/search-documents.ts'),
      options,
      code: "import type { Demand } from '../demands/entities/demand.entity.js';",
      errors: [{ messageId: 'foreignInternal' }],
    },
    {
      filename: api('modules/talents/entities/talent-need.entity.ts'),
      options,
      code: "import { Organization } from '../../accounts/entities/organization.entity.js';",
      errors: [{ messageId: 'foreignInternal' }],
    },
  ],
});

tester.run('no-import-cycle', plugin.rules['no-import-cycle'], {
  valid: [
    { filename: cycle('leaf-user.ts'), code: "import { leaf } from './leaf.js'; export const x = leaf;" },
    // Type-only imports are erased: no cycle at run time.
    { filename: cycle('typed-a.ts'), code: "import type { TypedB } from './typed-b.js'; export interface TypedA { b?: TypedB }" },
    // A dynamic import is lazy: it breaks a cycle rather than making one.
    { filename: cycle('a.ts'), code: "export const a = () => import('./b.js');" },
  ],
  invalid: [
    { filename: cycle('a.ts'), code: "import { b } from './b.js'; export const a = () => b;", errors: [{ messageId: 'cycle' }] },
    { filename: cycle('b.ts'), code: "export { a } from './a.js';", errors: [{ messageId: 'cycle' }] },
  ],
});


tester.run('no-module-ref-lookup', plugin.rules['no-module-ref-lookup'], {
  valid: [
    // Injected through the constructor; other things of @nestjs/core; a Nest application's own get at bootstrap.
    { filename: api('modules/jobs/jobs.service.ts'), code: 'export class JobsService { constructor(private readonly queues: Queues) {} }' },
    { filename: api('main.ts'), code: "import { NestFactory } from '@nestjs/core'; app.get(JobHandlerRegistry).assertEveryJobHandled();" },
    { filename: api('modules/demands/demands.service.ts'), code: 'this.cache.get(key);' },
  ],
  invalid: [
    {
      filename: api('modules/alerts/item-index.catch-up.ts'),
      code: "import { ModuleRef } from '@nestjs/core';",
      errors: [{ messageId: 'moduleRefImport' }],
    },
    {
      filename: api('modules/alerts/item-index.catch-up.ts'),
      code: 'this.indexing = this.moduleRef.get(IndexingService, { strict: false });',
      errors: [{ messageId: 'moduleRefLookup' }],
    },
    { filename: api('core/outbox/outbox.relay.ts'), code: 'const queue = moduleRef.resolve(token);', errors: [{ messageId: 'moduleRefLookup' }] },
  ],
});
