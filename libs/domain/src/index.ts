export * from './i18n/locale.type.js';

export * from './sectors/sector-code.constant.js';
export * from './sectors/sector.catalog.js';
export * from './sectors/is-sector-code.util.js';
export * from './sectors/sector-by-code.util.js';
export * from './sectors/sector-code-from-chinese-name.util.js';

export * from './qualifications/qualification-type-code.constant.js';
export * from './qualifications/qualification-type.catalog.js';
export * from './qualifications/is-qualification-type-code.util.js';
export * from './qualifications/qualification-type-by-code.util.js';
export * from './qualifications/has-level.util.js';
export * from './qualifications/secrecy-level.constant.js';
export * from './qualifications/is-secrecy-level.util.js';
export * from './qualifications/secrecy-level-satisfies.util.js';

export * from './regions/region.type.js';
export * from './regions/province.catalog.js';
export * from './regions/xianning-region.catalog.js';
export * from './regions/is-region-code-format.util.js';
export * from './regions/province-of.util.js';
export * from './regions/region-name.util.js';
export * from './regions/is-xianning.util.js';
export * from './regions/region-code-from-name.util.js';

export * from './credit-code/credit-code.constant.js';
export * from './credit-code/credit-code-invalid-reason.type.js';
export * from './credit-code/credit-code-validation.type.js';
export * from './credit-code/normalise-credit-code-input.util.js';
export * from './credit-code/compute-credit-code-check-character.util.js';
export * from './credit-code/validate-credit-code.util.js';
export * from './credit-code/credit-code-message.util.js';

export * from './synonyms/synonym-group.type.js';
export * from './synonyms/synonym-groups.constant.js';
export * from './synonyms/to-meilisearch-synonyms.util.js';
export * from './passwords/password-policy.js';
export * from './organizations/organization-status.js';
export * from './files/detect-file-kind.util.js';
export * from './qualifications/qualification-validity.util.js';
export * from './profiles/profile-completeness.util.js';
export * from './imports/enterprise-import-row.js';
