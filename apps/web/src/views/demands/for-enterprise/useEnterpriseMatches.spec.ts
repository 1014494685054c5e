import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { enterpriseMatches } from '../../../testing/demand-fixtures';
import { enterpriseUser, problem } from '../../../testing/fixtures';
import { useEnterpriseMatches } from './useEnterpriseMatches';

const ORG = enterpriseUser.organization!.id;

function start(get: (orgId: string) => Promise<ReturnType<typeof enterpriseMatches>>, orgId: string | null = ORG) {
  const getEnterpriseMatches = vi.fn(get);
  const scope = effectScope();
  const page = scope.run(() => useEnterpriseMatches(() => orgId, { getEnterpriseMatches }))!;
  return { ...page, getEnterpriseMatches, scope };
}

describe('demands for the firm', () => {
  it('lists the demands it matches and those it nearly matches, with what is missing', async () => {
    const page = start(() => Promise.resolve(enterpriseMatches()));
    await page.load();
    expect(page.getEnterpriseMatches).toHaveBeenCalledWith(ORG, expect.any(AbortSignal));
    expect(page.recommended.value.map((entry) => entry.demand.title)).toEqual(['应急舟桥器材采购']);
    expect(page.nearlyMatched.value[0]?.unmet[0]?.messageZh).toBe('需二级保密资格，贵单位为三级');
  });

  it('says why it failed otherwise, and needs an organisation', async () => {
    const failing = start(() => Promise.reject(new ApiProblem(problem(500, 'BOOM', { title: '服务器错误' }))));
    await failing.load();
    expect(failing.state.value).toBe('error');
    const orphan = start(() => Promise.resolve(enterpriseMatches()), null);
    await orphan.load();
    expect(orphan.state.value).toBe('no-organization');
    expect(orphan.getEnterpriseMatches).not.toHaveBeenCalled();
  });

  it('opens explanations one by one', async () => {
    const page = start(() => Promise.resolve(enterpriseMatches()));
    page.toggle('x');
    expect(page.isExpanded('x')).toBe(true);
    page.toggle('x');
    expect(page.isExpanded('x')).toBe(false);
  });
});
