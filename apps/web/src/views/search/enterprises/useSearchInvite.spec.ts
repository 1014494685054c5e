import type { DemandInvitationView, DemandPage } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../../api/http';
import { DEMAND_ID, demandView } from '../../../testing/demand-fixtures';
import { problem } from '../../../testing/fixtures';
import { useSearchInvite } from './useSearchInvite';

const FIRM = { id: '0d6b5f7e-3c2a-4b1d-9e8f-7a6b5c4d3e2f', name: '咸宁天成复合材料有限公司' };
const OTHER_DEMAND_ID = '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9';

function page(items = [demandView()]): DemandPage {
  return { items, total: items.length, page: 1, pageSize: 100, next: null };
}

function start(options: { demands?: DemandPage; invite?: () => Promise<DemandInvitationView> } = {}) {
  const listMyDemands = vi.fn(() => Promise.resolve(options.demands ?? page()));
  const inviteEnterprise = vi.fn(options.invite ?? (() => Promise.resolve({} as DemandInvitationView)));
  const invite = useSearchInvite({ listMyDemands, inviteEnterprise });
  return { ...invite, listMyDemands, inviteEnterprise };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('邀请响应 from supplier search', () => {
  it('loads the open demands when first opened, choosing the only one, and sends the invitation', async () => {
    const invite = start();
    invite.open(FIRM);
    await settle();
    expect(invite.listMyDemands).toHaveBeenCalledWith({ status: 'PUBLISHED', page: 1, pageSize: 100 });
    expect(invite.demandsState.value).toBe('ready');
    expect(invite.demandId.value).toBe(DEMAND_ID);
    invite.message.value = '  欢迎响应  ';
    expect(await invite.submit()).toBe(true);
    expect(invite.inviteEnterprise).toHaveBeenCalledWith(DEMAND_ID, { enterpriseId: FIRM.id, message: '欢迎响应' });
    expect(invite.target.value).toBeNull();
    expect(invite.lastInvited.value).toEqual({ firm: FIRM.name, title: demandView().title });

    // A second firm: the demands are not loaded again.
    invite.open({ ...FIRM, name: '另一家企业' });
    expect(invite.listMyDemands).toHaveBeenCalledOnce();
    expect(invite.lastInvited.value).toBeNull();
  });

  it('asks which demand when there are several, and sends nothing until one is chosen', async () => {
    const invite = start({ demands: page([demandView(), demandView({ id: OTHER_DEMAND_ID, title: '第二项需求' })]) });
    invite.open(FIRM);
    await settle();
    expect(invite.demandId.value).toBeNull();
    expect(await invite.submit()).toBe(false);
    expect(invite.demandError.value).toEqual({ kind: 'key', key: 'responses.owner.invite.chooseDemand' });
    expect(invite.inviteEnterprise).not.toHaveBeenCalled();
    invite.demandId.value = OTHER_DEMAND_ID;
    expect(await invite.submit()).toBe(true);
    expect(invite.inviteEnterprise).toHaveBeenCalledWith(OTHER_DEMAND_ID, { enterpriseId: FIRM.id, message: '' });
  });

  it('refuses a message over 1000 characters before sending', async () => {
    const invite = start();
    invite.open(FIRM);
    await settle();
    invite.message.value = '邀'.repeat(1001);
    expect(await invite.submit()).toBe(false);
    expect(invite.messageError.value).not.toBeNull();
    expect(invite.inviteEnterprise).not.toHaveBeenCalled();
  });

  it('keeps the dialog open and says so when the firm was already invited', async () => {
    const invite = start({ invite: () => Promise.reject(new ApiProblem(problem(409, 'ALREADY_INVITED', { title: 'already' }))) });
    invite.open(FIRM);
    await settle();
    expect(await invite.submit()).toBe(false);
    expect(invite.target.value).toEqual(FIRM);
    expect(invite.error.value).toEqual({ kind: 'key', key: 'responses.owner.errors.ALREADY_INVITED' });
    expect(invite.listMyDemands).toHaveBeenCalledOnce();
  });

  it('reloads the list when the chosen demand stopped taking answers', async () => {
    const invite = start({ invite: () => Promise.reject(new ApiProblem(problem(409, 'DEMAND_NOT_OPEN', { title: 'closed' }))) });
    invite.open(FIRM);
    await settle();
    expect(await invite.submit()).toBe(false);
    await settle();
    expect(invite.listMyDemands).toHaveBeenCalledTimes(2);
  });

  it('shows the reason when the demands cannot be loaded', async () => {
    const invite = start();
    invite.listMyDemands.mockImplementationOnce(() => Promise.reject(new ApiProblem(problem(503, 'UNAVAILABLE', { title: '服务暂不可用' }))));
    invite.open(FIRM);
    await settle();
    expect(invite.demandsState.value).toBe('error');
    expect(invite.error.value).toEqual({ kind: 'plain', text: '服务暂不可用' });
  });
});
