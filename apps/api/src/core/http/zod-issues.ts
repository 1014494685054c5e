import type { ProblemField } from '@mcf/contracts';
import { z } from 'zod';

const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

type Issue = z.core.$ZodIssue;

function localise(map: typeof zh, issue: Issue): string | undefined {
  const result = map(issue as unknown as Parameters<typeof zh>[0]);
  return typeof result === 'string' ? result : result?.message;
}

/**
 * Turns zod issues into the problem+json `errors` list: the field's JSON path, a stable code and the
 * message in English and Chinese. A custom refinement may give its own pair through
 * `params: { message, messageZh }`.
 */
export function zodIssuesToProblemFields(issues: readonly Issue[], prefix: string[] = []): ProblemField[] {
  return issues.flatMap((issue): ProblemField[] => {
    // An unknown property is named itself, so the caller sees which one to drop.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...prefix, ...issue.path.map(String), key].join('.'),
        code: 'UNKNOWN_FIELD',
        message: 'is not a field of this request',
        messageZh: '不是本请求的字段',
      }));
    }
    const params = (issue as { params?: { messageZh?: string; code?: string } }).params;
    const custom = issue.code === 'custom';
    return [
      {
        field: [...prefix, ...issue.path.map(String)].join('.') || '(body)',
        code: params?.code ?? issue.code,
        message: custom ? issue.message : (localise(en, issue) ?? issue.message),
        messageZh: params?.messageZh ?? (custom ? issue.message : (localise(zh, issue) ?? issue.message)),
      },
    ];
  });
}
