/**
 * The OCDS schemas of test/fixtures/ocds/ themselves: they compile under ajv-draft-04 in strict mode,
 * accept a minimal release package and reject each kind of breach the export tests rely on them to
 * catch (a required field missing, a code outside a closed codelist, a malformed date or URI).
 * Needs no running app; it lives here because the test workspace has no unit-test project.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OCDS_SCHEMA_DIR, describeErrors, loadOcdsSchemas } from './ocds-schema.js';

type Json = Record<string, unknown>;

const schemas = loadOcdsSchemas();
const minimal = (): Json =>
  JSON.parse(readFileSync(join(OCDS_SCHEMA_DIR, 'examples/minimal-release-package.json'), 'utf8')) as Json;
const releaseOf = (pkg: Json) => (pkg.releases as Json[])[0]!;

/** A fuller release in the shape our export gives, to mutate field by field. */
const full = (): Json => {
  const pkg = minimal();
  const release = releaseOf(pkg);
  Object.assign(release, {
    tag: ['award'],
    language: 'zh',
    parties: [
      {
        id: 'b1',
        name: '某研究所物资部',
        identifier: { scheme: 'CN-SAMR', id: '91421200MA4F000000', legalName: '某研究所' },
        address: { region: '421200', countryName: '中国' },
        contactPoint: { name: '采购办', url: 'https://example.invalid/contact' },
        roles: ['buyer', 'procuringEntity'],
      },
      { id: 's1', name: '咸宁甲线缆有限公司', roles: ['supplier'] },
    ],
    buyer: { id: 'b1', name: '某研究所物资部' },
    tender: {
      id: 'd1',
      title: '屏蔽电缆',
      status: 'complete',
      procurementMethod: 'open',
      mainProcurementCategory: 'goods',
      value: { amount: 500000, currency: 'CNY' },
      items: [
        { id: '1', description: '屏蔽电缆', classification: { scheme: 'XNMCF-SECTOR', id: 'ELECTRONICS' } },
      ],
      tenderPeriod: { startDate: '2025-03-01T08:00:00Z', endDate: '2025-03-31T23:59:59+08:00' },
      documents: [
        { id: 'doc1', url: 'https://example.invalid/doc1.pdf', datePublished: '2025-03-01T08:00:00Z' },
      ],
    },
    awards: [
      {
        id: 'd1-award',
        status: 'active',
        date: '2025-03-20T08:00:00Z',
        value: { amount: 180000, currency: 'CNY' },
        suppliers: [{ id: 's1', name: '咸宁甲线缆有限公司' }],
      },
    ],
  });
  return pkg;
};

function expectValid(pkg: Json) {
  const valid = schemas.validatePackage(pkg);
  expect(valid, describeErrors(schemas.validatePackage.errors)).toBe(true);
}

/** Invalid, and for the reason given: an error at `path` from `keyword`. */
function expectInvalid(pkg: Json, path: string, keyword: string) {
  expect(schemas.validatePackage(pkg)).toBe(false);
  const errors = schemas.validatePackage.errors ?? [];
  const hit = errors.some(
    (e) =>
      e.keyword === keyword && `${e.instancePath}/${String(e.params.missingProperty ?? '')}`.startsWith(path),
  );
  expect(hit, `wanted ${keyword} at ${path}, got:\n${describeErrors(errors)}`).toBe(true);
}

describe('the OCDS 1.1 schemas in test/fixtures/ocds', () => {
  it('compile in strict mode, found by their ids', () => {
    expect(Object.keys(schemas.ids).sort()).toEqual(['release-package-schema.json', 'release-schema.json']);
    expect(typeof schemas.validateRelease).toBe('function');
  });

  it('load whatever schema files the folder holds by id: OCDS annotations pass, typos fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocds-schema-'));
    try {
      const write = (release: Json) => {
        writeFileSync(join(dir, 'release-schema.json'), JSON.stringify(release));
        writeFileSync(
          join(dir, 'release-package-schema.json'),
          JSON.stringify({
            id: 'https://test.invalid/release-package-schema.json',
            $schema: 'http://json-schema.org/draft-04/schema#',
            type: 'object',
            properties: {
              releases: { type: 'array', items: { $ref: 'https://test.invalid/release-schema.json' } },
            },
          }),
        );
      };
      const release = {
        id: 'https://test.invalid/release-schema.json',
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        properties: {
          tag: { type: 'array', items: { type: 'string' }, codelist: 'releaseTag.csv', openCodelist: false },
        },
      };
      write(release);
      const loaded = loadOcdsSchemas(dir);
      expect(loaded.validatePackage({ releases: [{ tag: ['tender'] }] })).toBe(true);
      expect(loaded.validatePackage({ releases: [{ tag: [1] }] })).toBe(false);
      write({ ...release, requird: ['tag'] });
      expect(() => loadOcdsSchemas(dir)).toThrow(/unknown keyword/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accept a minimal release package and a fuller one', () => {
    expectValid(minimal());
    expectValid(full());
    // OCDS lets nullable fields be null and objects carry extension fields.
    const pkg = full();
    Object.assign(releaseOf(pkg).tender as Json, {
      description: null,
      procurementMethod: null,
      x_extension: { a: 1 },
    });
    Object.assign(pkg, { links: { next: 'https://example.invalid/?page=2' }, total: 3 });
    expectValid(pkg);
  });

  for (const field of ['uri', 'version', 'publishedDate', 'publisher', 'releases']) {
    it(`reject a package without ${field}`, () => {
      const pkg = minimal();
      delete pkg[field];
      expectInvalid(pkg, `/${field}`, 'required');
    });
  }

  for (const field of ['ocid', 'id', 'date', 'tag', 'initiationType']) {
    it(`reject a release without ${field}`, () => {
      const pkg = minimal();
      delete releaseOf(pkg)[field];
      expectInvalid(pkg, `/releases/0/${field}`, 'required');
    });
  }

  it('reject a publisher without a name, a tender, award, item or document without an id', () => {
    const noName = minimal();
    noName.publisher = { uri: 'https://example.invalid/' };
    expectInvalid(noName, '/publisher/name', 'required');
    const cases: [string, (r: Json) => void][] = [
      ['/releases/0/tender/id', (r) => delete (r.tender as Json).id],
      ['/releases/0/awards/0/id', (r) => delete (r.awards as Json[])[0]!.id],
      ['/releases/0/tender/items/0/id', (r) => delete ((r.tender as Json).items as Json[])[0]!.id],
      ['/releases/0/tender/documents/0/id', (r) => delete ((r.tender as Json).documents as Json[])[0]!.id],
    ];
    for (const [path, breakIt] of cases) {
      const pkg = full();
      breakIt(releaseOf(pkg));
      expectInvalid(pkg, path, 'required');
    }
  });

  it('reject codes outside the closed codelists', () => {
    const cases: [string, (r: Json) => void][] = [
      ['/releases/0/tag/0', (r) => (r.tag = ['published'])],
      ['/releases/0/initiationType', (r) => (r.initiationType = 'auction')],
      ['/releases/0/tender/status', (r) => ((r.tender as Json).status = 'closed')],
      ['/releases/0/tender/procurementMethod', (r) => ((r.tender as Json).procurementMethod = 'negotiated')],
      [
        '/releases/0/tender/mainProcurementCategory',
        (r) => ((r.tender as Json).mainProcurementCategory = 'supplies'),
      ],
      [
        '/releases/0/tender/value/currency',
        (r) => ((r.tender as Json).value = { amount: 1, currency: 'RMB' }),
      ],
      ['/releases/0/awards/0/status', (r) => ((r.awards as Json[])[0]!.status = 'awarded')],
    ];
    for (const [path, breakIt] of cases) {
      const pkg = full();
      breakIt(releaseOf(pkg));
      expectInvalid(pkg, path, 'enum');
    }
    // Open codelists take new codes: a party role OCDS does not list is fine.
    const pkg = full();
    (releaseOf(pkg).parties as Json[])[1]!.roles = ['supplier', 'x_respondent'];
    expectValid(pkg);
  });

  it('reject malformed dates and URIs', () => {
    const cases: [string, (p: Json) => void][] = [
      ['/publishedDate', (p) => (p.publishedDate = '2025-03-01')],
      ['/releases/0/date', (p) => (releaseOf(p).date = '2025-03-01 08:00')],
      ['/releases/0/date', (p) => (releaseOf(p).date = '2025-03-01T08:00:00')], // no time zone
      ['/releases/0/awards/0/date', (p) => ((releaseOf(p).awards as Json[])[0]!.date = '2025/03/20')],
      [
        '/releases/0/tender/tenderPeriod/endDate',
        (p) => (((releaseOf(p).tender as Json).tenderPeriod as Json).endDate = '2025-03-31'),
      ],
      ['/uri', (p) => (p.uri = 'releases?page=1')],
      ['/license', (p) => (p.license = 'CC-BY-4.0')],
    ];
    for (const [path, breakIt] of cases) {
      const pkg = full();
      breakIt(pkg);
      expectInvalid(pkg, path, 'format');
    }
  });

  it('reject other breaches of the documented rules', () => {
    const cases: [string, string, (p: Json) => void][] = [
      ['/releases', 'minItems', (p) => (p.releases = [])],
      ['/version', 'enum', (p) => (p.version = '1.0')],
      ['/releases/0/tag', 'minItems', (p) => (releaseOf(p).tag = [])],
      ['/releases/0/id', 'pattern', (p) => (releaseOf(p).id = 'd1#1')],
      ['/releases/0/ocid', 'pattern', (p) => (releaseOf(p).ocid = 'xnmcf-d1')],
      ['/releases/0/awards', 'minItems', (p) => (releaseOf(p).awards = [])],
      [
        '/releases/0/tender/value/amount',
        'type',
        (p) => ((releaseOf(p).tender as Json).value = { amount: '5', currency: 'CNY' }),
      ],
      ['/releases', 'uniqueItems', (p) => (p.releases = [releaseOf(p), releaseOf(p)])],
    ];
    for (const [path, keyword, breakIt] of cases) {
      const pkg = full();
      breakIt(pkg);
      expectInvalid(pkg, path, keyword);
    }
  });
});
