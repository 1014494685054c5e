import { computeCreditCodeCheckCharacter } from '@mcf/domain';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { useClaim } from './useClaim';

const body = '91421202MA4K9ABX0';
const account = {
  creditCode: `${body}${computeCreditCodeCheckCharacter(body)}`,
  name: '李经理',
  email: 'li@example.cn',
  password: 'Xianning-Claim-2026',
};
const licence = () =>
  new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], '营业执照.pdf', { type: 'application/pdf' });

function start(
  fileClaim = vi.fn(() =>
    Promise.resolve({ id: '5a0e8f57-8d1c-4f55-9b7e-1c2d3e4f5a61', status: 'PENDING' as const }),
  ),
  fields = account,
) {
  const scope = effectScope();
  const claim = scope.run(() => useClaim(() => fields, { fileClaim }))!;
  return { claim, fileClaim };
}

describe('useClaim', () => {
  it('needs the licence before it sends anything', async () => {
    const { claim, fileClaim } = start();
    expect(await claim.submit()).toBe(false);
    expect(claim.fieldErrors.value.licence).toEqual({ kind: 'key', key: 'claims.licenceRequired' });
    expect(fileClaim).not.toHaveBeenCalled();
  });

  it('files the registration form’s account with the licence and says it is filed', async () => {
    const { claim, fileClaim } = start();
    const file = licence();
    claim.chooseLicence(file);
    expect(await claim.submit()).toBe(true);
    expect(fileClaim).toHaveBeenCalledWith(account, file);
    expect(claim.filed.value).toBe(true);
  });

  it('shows the API’s answer when the claim is refused', async () => {
    const refused = new ApiProblem(problem(409, 'CLAIM_PENDING', { title: '该邮箱已有待审核的认领申请' }));
    const { claim } = start(vi.fn(() => Promise.reject(refused)));
    claim.chooseLicence(licence());
    expect(await claim.submit()).toBe(false);
    expect(claim.formError.value).toEqual({ kind: 'plain', text: '该邮箱已有待审核的认领申请' });
    expect(claim.filed.value).toBe(false);
  });
});
