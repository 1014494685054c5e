import type { AuditEventView, AuditTargetType } from '@mcf/contracts';
import { qualificationName, regionLabel, sectorName, type UiLanguage } from '../../../components/demand-format.util';

/** What the labels need of vue-i18n: translate, and whether a key exists. */
export interface Translator {
  t: (key: string) => string;
  te: (key: string) => boolean;
  language: UiLanguage;
}

/** The action's name in the UI language (`audit.actions.*`); the code itself when none is known (an old entry). */
export function actionLabel(action: string, { t, te }: Translator): string {
  const key = `audit.actions.${action}`;
  return te(key) ? t(key) : action;
}

export function targetTypeLabel(type: string, { t, te }: Translator): string {
  const key = `audit.targetTypes.${type}`;
  return te(key) ? t(key) : type;
}

/**
 * The fields that audit entries record in before/after, each labelled in both languages (`audit.fields.*`,
 * checked by audit-labels.util.spec.ts). A field missing here still shows, under its own name.
 */
export const AUDIT_FIELD_KEYS = [
  'status',
  'statusReason',
  'reason',
  'name',
  'kind',
  'creditCode',
  'type',
  'level',
  'certificateNo',
  'issuer',
  'expiresOn',
  'expiresAt',
  'version',
  'title',
  'description',
  'sectors',
  'requiredQualifications',
  'quantity',
  'budgetMin',
  'budgetMax',
  'deliveryPlace',
  'regionCode',
  'deadline',
  'visibility',
  'attachmentId',
  'size',
  'userId',
  'invitationId',
  'email',
  'disabled',
  'organizationId',
  'enterpriseId',
  'procurerId',
  'demandId',
  'responseId',
  'price',
  'deliveryDays',
  'message',
  'question',
  'answer',
  'notified',
  'publishedVersion',
  'lastConfirmedAt',
  'revokedFamily',
  'format',
  'rows',
  'valid',
  'refused',
  'processed',
  'line',
  'importId',
  'state',
  'failedReason',
  'target',
  'isDefault',
  'relation',
  'terms',
  'evidenceCount',
  'window',
  'daysLeft',
] as const;

export function fieldLabel(field: string, { t, te }: Translator): string {
  const key = `audit.fields.${field}`;
  return te(key) ? t(key) : field;
}

/** The i18n family that names a `status` value, by the kind of object the entry is about. */
const STATUS_FAMILIES: Partial<Record<AuditTargetType, string>> = {
  organization: 'organizationStatus',
  user: 'organizationStatus',
  qualification: 'qualificationStatus',
  demand: 'demands.status',
  response: 'responses.status',
  import: 'imports.status',
  vocabulary_suggestion: 'vocabulary.status',
  job: 'jobs.state',
};

/** Families that name a field's value whatever the target (codes the wire carries). */
const FIELD_FAMILIES: Record<string, string> = {
  visibility: 'demands.visibility',
  level: 'secrecyLevel',
  state: 'jobs.state',
  relation: 'vocabulary.relation',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export interface ValueContext extends Translator {
  targetType: string;
  references: AuditEventView['references'];
  formatDateTime: (iso: string) => string;
}

function family(familyKey: string | undefined, value: string, { t, te }: Translator): string | null {
  if (!familyKey) return null;
  const key = `${familyKey}.${value}`;
  return te(key) ? t(key) : null;
}

/** One value of a field, in words: codes by their names, ids by the names the API resolved, dates formatted. */
export function valueLabel(field: string, value: unknown, context: ValueContext): string {
  const { t, language } = context;
  if (value === null || value === undefined || value === '') return t('audit.values.empty');
  if (typeof value === 'boolean') return t(value ? 'audit.values.yesLabel' : 'audit.values.noLabel');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.values.empty');
    return value.map((item) => valueLabel(field, item, context)).join('、');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A required certificate in a demand: { type, level? }.
    if (typeof record.type === 'string' && field === 'requiredQualifications') {
      const level = record.level == null ? '' : ` ${valueLabel('level', record.level, context)}`;
      return `${qualificationName(record.type, language)}${level}`;
    }
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 79)}…` : json;
  }
  const text = String(value);
  if (field === 'status') {
    const named = family(STATUS_FAMILIES[context.targetType as AuditTargetType], text, context);
    if (named) return named;
  }
  if (field === 'kind') {
    const named = family(context.targetType === 'response' ? 'responses.kind' : 'organizationKind', text, context);
    if (named) return named;
  }
  const named = family(FIELD_FAMILIES[field], text, context);
  if (named) return named;
  if (field === 'type') return qualificationName(text, language);
  if (field === 'sectors') return sectorName(text, language);
  if (field === 'regionCode') return regionLabel(text, language);
  if (UUID.test(text)) return context.references[text]?.name ?? `${text.slice(0, 8)}…`;
  if (typeof value === 'string' && ISO_DATE_TIME.test(text)) return context.formatDateTime(text);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
