/**
 * Loads the OCDS JSON schemas kept in test/fixtures/ocds/ into ajv (draft-04, strict) and returns
 * validators for a release package and a release. The files are taken by their `id`, whatever they
 * are: ours today, the official release-schema.json and release-package-schema.json once someone
 * vendors them (see the README there), with no change here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ajvDraft04 from 'ajv-draft-04';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv-draft-04';
import * as ajvFormats from 'ajv-formats';

export const OCDS_SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/ocds');

// CommonJS packages: under NodeNext the default import is the module object, whose `default` is the export.
const Ajv = ajvDraft04.default as unknown as typeof ajvDraft04.default.default;
const addFormats = ajvFormats.default as unknown as typeof ajvFormats.default.default;

/**
 * Keywords the official OCDS schema files carry as metadata (codelist names, merge rules, deprecation
 * notes). They validate nothing; strict mode needs to know them so that it still rejects typos.
 */
const OCDS_ANNOTATIONS = [
  'codelist',
  'openCodelist',
  'deprecated',
  'omitWhenMerged',
  'wholeListMerge',
  'versionId',
  'mergeStrategy',
  'mergeOptions',
];

export interface OcdsSchemas {
  /** The `id` of each schema file loaded, by file name. */
  ids: Record<string, string>;
  validatePackage: ValidateFunction;
  validateRelease: ValidateFunction;
}

/** Reads every *.json schema in `dir` and compiles the package and release schemas among them. */
export function loadOcdsSchemas(dir = OCDS_SCHEMA_DIR): OcdsSchemas {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv, ['date-time', 'uri']);
  for (const keyword of OCDS_ANNOTATIONS)
    ajv.addKeyword({ keyword, schemaType: ['string', 'boolean', 'object', 'array'] });
  const ids: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as AnySchemaObject;
    if (typeof schema.id !== 'string') throw new Error(`${file}: an OCDS schema file must have an id`);
    ajv.addSchema(schema);
    ids[file] = schema.id;
  }
  const byName = (name: string): ValidateFunction => {
    const id = Object.values(ids).find((i) => i.endsWith(`/${name}`));
    if (!id) throw new Error(`no schema whose id ends with /${name} in ${dir}`);
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`${id} did not compile`);
    return validate;
  };
  return {
    ids,
    validatePackage: byName('release-package-schema.json'),
    validateRelease: byName('release-schema.json'),
  };
}

/** The errors of the last validation, one line each, for assertion messages. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)
    .join('\n');
}
