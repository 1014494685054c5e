import type { ActionPlanTargetKey } from '@mcf/domain';

/**
 * Plausible yearly figures for the targets the platform cannot count, so that a fresh start shows the
 * dashboard with a trend. Demo data: loaded with is_demo and the note 演示数据（非真实统计）, shown with a
 * 演示 tag, replaced as soon as an administrator records the real figure. Not statistics of Xianning.
 */
export const DEMO_PLAN_FIGURES: Readonly<Partial<Record<ActionPlanTargetKey, readonly [number, number, number, number, number]>>> = {
  INDUSTRY_OUTPUT: [112, 128, 151, 176, 204],
  OUTPUT_NEW_MATERIALS: [9.6, 12.1, 14.8, 17.5, 20.6],
  OUTPUT_INTELLIGENT_EQUIPMENT: [15.2, 18.4, 22, 26.3, 30.8],
  OUTPUT_EMERGENCY_SAFETY: [27.5, 32.9, 38.6, 44.7, 51.2],
  RD_INTENSITY: [1.8, 2, 2.2, 2.4, 2.6],
  DEFENCE_RESEARCH_CAPABILITY: [1.15, 1.32, 1.55, 1.78, 2.05],
  EQUIPMENT_MANUFACTURING_CAPABILITY: [1.2, 1.4, 1.6, 1.85, 2.1],
};
