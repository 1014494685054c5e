import { ACTION_PLAN_PROGRAMMES, type ProjectStage } from '@mcf/domain';
import type { UiLanguage } from '../../components/demand-format.util';

/** Element Plus tag type per stage: planning grey, construction amber, operation green. */
export const STAGE_TAG: Readonly<Record<ProjectStage, 'info' | 'warning' | 'success'>> = {
  PLANNING: 'info',
  CONSTRUCTION: 'warning',
  OPERATION: 'success',
};

/** "专栏5 军事后勤领域建设重点及布局" (or its English title). */
export function programmeLabel(code: string | null, language: UiLanguage): string {
  const programme = ACTION_PLAN_PROGRAMMES.find((p) => p.code === code);
  if (!programme) return '';
  return language === 'en' ? `Box ${programme.number}: ${programme.titleEn}` : `专栏${programme.number} ${programme.titleZh}`;
}
