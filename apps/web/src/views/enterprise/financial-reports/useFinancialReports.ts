import { FinancialReportBodySchema, type FinancialReportList } from '@mcf/contracts';
import { reactive, ref, shallowRef } from 'vue';
import { listFinancialReports, saveFinancialReport } from '../../../api/plan-progress';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export interface ReportRow {
  year: number;
  revenue: number | null;
  rdSpend: number | null;
  updatedAt: string | null;
  busy: boolean;
  error: LocalisedText | null;
}

/** R&D spend ÷ revenue as a percentage to two decimals, null when it cannot be computed. */
export function intensityOf(row: Pick<ReportRow, 'revenue' | 'rdSpend'>): number | null {
  if (row.revenue === null || row.rdSpend === null || row.revenue <= 0) return null;
  return Math.round((row.rdSpend / row.revenue) * 10_000) / 100;
}

/** 年度经营数据: one row per year of the plan, each saved on its own. Private to the firm. */
export function useFinancialReports(orgId: string, dependencies: { listFinancialReports?: typeof listFinancialReports; saveFinancialReport?: typeof saveFinancialReport } = {}) {
  const list$ = dependencies.listFinancialReports ?? listFinancialReports;
  const save$ = dependencies.saveFinancialReport ?? saveFinancialReport;
  const rows = reactive<ReportRow[]>([]);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const savedYear = ref<number | null>(null);

  function fill(list: FinancialReportList): void {
    rows.splice(
      0,
      rows.length,
      ...list.years.map((year) => {
        const report = list.items.find((item) => item.year === year);
        return { year, revenue: report?.revenue ?? null, rdSpend: report?.rdSpend ?? null, updatedAt: report?.updatedAt ?? null, busy: false, error: null };
      }),
    );
  }

  async function load(): Promise<void> {
    state.value = 'loading';
    loadError.value = null;
    try {
      fill(await list$(orgId));
      state.value = 'ready';
    } catch (error) {
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  async function save(row: ReportRow): Promise<boolean> {
    const parsed = FinancialReportBodySchema.safeParse({ revenue: row.revenue, rdSpend: row.rdSpend });
    if (!parsed.success) {
      const tooHigh = parsed.error.issues.some((issue) => issue.path[0] === 'rdSpend' && issue.code === 'custom');
      row.error = { kind: 'key', key: tooHigh ? 'financialReports.rdTooHigh' : 'validation.invalid' };
      return false;
    }
    row.busy = true;
    row.error = null;
    try {
      const saved = await save$(orgId, row.year, parsed.data);
      row.updatedAt = saved.updatedAt;
      savedYear.value = row.year;
      return true;
    } catch (error) {
      row.error = errorSummary(error);
      return false;
    } finally {
      row.busy = false;
    }
  }

  return { rows, state, loadError, savedYear, load, save };
}
