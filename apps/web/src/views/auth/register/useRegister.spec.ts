import type { RegisterRequest } from '@mcf/contracts';
import { computeCreditCodeCheckCharacter } from '@mcf/domain';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick } from 'vue';
import { ApiProblem, NetworkError } from '../../../api/http';
import { OTHER_REGION } from '../../../components/region-select.util';
import { enterpriseUser, organizationView, problem } from '../../../testing/fixtures';
import {
  creditCodeFeedback,
  type RegisterDependencies,
  toRegisterRequest,
  useRegister,
} from './useRegister';

const BODY = '91421202MA4K00001';
const VALID_CODE = `${BODY}${computeCreditCodeCheckCharacter(BODY)}`;

function start(dependencies: RegisterDependencies = {}) {
  const register = vi.fn(
    dependencies.register ??
      (() => Promise.resolve({ user: enterpriseUser, organization: organizationView() })),
  );
  const signIn = vi.fn(dependencies.signIn ?? (() => Promise.resolve(enterpriseUser)));
  const navigate = vi.fn();
  const scope = effectScope();
  const page = scope.run(() => useRegister({ register, signIn, navigate }))!;
  return { ...page, register, signIn, navigate, scope };
}

function fillValid(form: ReturnType<typeof useRegister>['form']) {
  Object.assign(form, {
    email: ' Li.Wei@Example.CN ',
    password: 'Xianning-Composite-2026',
    name: '李伟',
    organizationKind: 'ENTERPRISE',
    organizationName: '咸宁某某新材料有限公司',
    creditCode: VALID_CODE.toLowerCase(),
    regionChoice: '421202',
  });
}

describe('useRegister', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('checks the whole form with the contracts schema and names each field in Chinese and English', async () => {
    const page = start();
    page.form.email = 'not-an-email';
    page.form.password = 'short';
    page.form.creditCode = '91421202MA4K0000';

    await expect(page.submit()).resolves.toBe(false);

    const errors = page.fieldErrors.value;
    // Rules of @mcf/domain carry their own wording in both languages…
    expect(errors.password).toEqual({
      kind: 'bilingual',
      zh: '密码至少需要10个字符，当前为5个',
      en: 'The password needs at least 10 characters; this one has 5.',
    });
    expect(errors['organization.creditCode']).toEqual({
      kind: 'bilingual',
      zh: '统一社会信用代码应为18位，当前为16位',
      en: 'The unified social credit code must have 18 characters; this one has 16.',
    });
    expect(errors['organization.region']).toMatchObject({
      kind: 'bilingual',
      zh: '请选择或填写六位行政区划代码（如 421202）',
    });
    // …and so do the contracts' own field rules.
    expect(errors.email).toEqual({ kind: 'bilingual', zh: '请输入有效的邮箱地址', en: 'must be an email address' });
    expect(errors.name).toEqual({ kind: 'bilingual', zh: '请填写姓名（不超过100个字）', en: 'a name of 1–100 characters is required' });
    page.form.password = '';
    await page.submit();
    expect(page.fieldErrors.value.password).toEqual({ kind: 'key', key: 'validation.passwordRequired' });
    expect(errors['organization.name']).toEqual({ kind: 'bilingual', zh: '机构名称应为2至200个字', en: 'must have 2–200 characters' });
    expect(page.register).not.toHaveBeenCalled();
    page.scope.stop();
  });

  it('applies the "not the email" rule of the schema to the password', async () => {
    const page = start();
    fillValid(page.form);
    page.form.email = 'zhangsan2026@example.cn';
    page.form.password = 'zhangsan2026';

    await page.submit();

    expect(page.fieldErrors.value.password).toMatchObject({ zh: '密码不能与邮箱地址相同' });
    expect(page.passwordRules.value.find((rule) => rule.rule === 'notEmail')?.state).toBe('failed');
    page.scope.stop();
  });

  it('validates the credit code as it is typed: length is not an error until the field is left, a bad character is at once', async () => {
    const page = start();
    page.form.creditCode = '914212';
    await nextTick();
    expect(page.creditCode.value).toEqual({ state: 'typing', length: 6 });
    expect(page.fieldErrors.value['organization.creditCode']).toBeUndefined();

    page.form.creditCode = '9142120O';
    await nextTick();
    expect(page.creditCode.value.state).toBe('invalid');
    expect(page.fieldErrors.value['organization.creditCode']).toMatchObject({
      zh: expect.stringContaining('第8位的“O”不是有效字符'),
    });

    page.form.creditCode = VALID_CODE.slice(0, 17) + (VALID_CODE.endsWith('1') ? '2' : '1');
    await nextTick();
    expect(page.fieldErrors.value['organization.creditCode']).toMatchObject({
      zh: '统一社会信用代码校验未通过，请对照营业执照逐位核对是否有输错的字符',
    });

    page.form.creditCode = VALID_CODE;
    await nextTick();
    expect(page.creditCode.value).toEqual({ state: 'valid', code: VALID_CODE, regionCode: '421202' });
    expect(page.fieldErrors.value['organization.creditCode']).toBeUndefined();
    page.scope.stop();
  });

  it('offers the Xianning district of the credit code as the region when none is chosen', async () => {
    const page = start();
    page.form.creditCode = VALID_CODE;
    await nextTick();
    await nextTick();
    expect(page.form.regionChoice).toBe('421202');
    page.scope.stop();
  });

  it('takes a six-digit code for a region outside Xianning, helped by the province select', () => {
    const page = start();
    fillValid(page.form);
    page.form.regionChoice = OTHER_REGION;
    page.chooseProvince('440000');
    expect(page.form.otherRegionCode).toBe('440000');
    page.form.otherRegionCode = '440305';
    page.chooseProvince('440000');
    expect(page.form.otherRegionCode).toBe('440305');
    expect(toRegisterRequest(page.form).organization.region).toBe('440305');
    page.scope.stop();
  });

  it('registers with the normalised data, signs in with the same credentials and opens the account page', async () => {
    const page = start();
    fillValid(page.form);

    await expect(page.submit()).resolves.toBe(true);

    const body: RegisterRequest = page.register.mock.calls[0]![0];
    expect(body).toEqual({
      email: 'li.wei@example.cn',
      password: 'Xianning-Composite-2026',
      name: '李伟',
      organization: {
        kind: 'ENTERPRISE',
        name: '咸宁某某新材料有限公司',
        creditCode: VALID_CODE,
        region: '421202',
      },
    });
    expect(page.signIn).toHaveBeenCalledWith({
      email: 'li.wei@example.cn',
      password: 'Xianning-Composite-2026',
    });
    expect(page.navigate).toHaveBeenCalledWith({ name: 'account', query: { registered: '1' } });
    page.scope.stop();
  });

  it('puts a 409 for a taken credit code onto the credit code field, in both languages', async () => {
    const taken = new ApiProblem(
      problem(409, 'CREDIT_CODE_TAKEN', {
        title: '该统一社会信用代码已注册',
        errors: [
          {
            field: 'organization.creditCode',
            code: 'CREDIT_CODE_TAKEN',
            message:
              'An organisation with this unified social credit code is already registered; ask its owner to invite you',
            messageZh: '该统一社会信用代码的机构已注册，请联系该机构的管理员邀请您加入',
          },
        ],
      }),
    );
    const page = start({ register: () => Promise.reject(taken) });
    fillValid(page.form);

    await expect(page.submit()).resolves.toBe(false);

    expect(page.fieldErrors.value['organization.creditCode']).toEqual({
      kind: 'bilingual',
      zh: '该统一社会信用代码的机构已注册，请联系该机构的管理员邀请您加入',
      en: 'An organisation with this unified social credit code is already registered; ask its owner to invite you',
    });
    expect(page.formError.value).toEqual({ kind: 'plain', text: '该统一社会信用代码已注册' });
    expect(page.signIn).not.toHaveBeenCalled();
    expect(page.navigate).not.toHaveBeenCalled();
    page.scope.stop();
  });

  it('still finds the field of a 409 that comes without field errors', async () => {
    const taken = new ApiProblem(problem(409, 'EMAIL_TAKEN', { title: '该邮箱已注册' }));
    const page = start({ register: () => Promise.reject(taken) });
    fillValid(page.form);

    await page.submit();

    expect(page.fieldErrors.value.email).toEqual({ kind: 'plain', text: '该邮箱已注册' });
    page.scope.stop();
  });

  it('says so when the API cannot be reached', async () => {
    const page = start({ register: () => Promise.reject(new NetworkError('no answer')) });
    fillValid(page.form);

    await page.submit();

    expect(page.formError.value).toEqual({ kind: 'key', key: 'errors.network' });
    expect(page.submitting.value).toBe(false);
    page.scope.stop();
  });

  it('sends the user to sign in when registration worked but signing in did not', async () => {
    const page = start({ signIn: () => Promise.reject(new ApiProblem(problem(429, 'RATE_LIMITED'))) });
    fillValid(page.form);

    await expect(page.submit()).resolves.toBe(true);
    expect(page.navigate).toHaveBeenCalledWith({ name: 'sign-in', query: { notice: 'registered' } });
    page.scope.stop();
  });
});

describe('creditCodeFeedback', () => {
  it('is quiet for an empty field until it is left', () => {
    expect(creditCodeFeedback('', false)).toEqual({ state: 'empty' });
    expect(creditCodeFeedback('', true)).toMatchObject({
      state: 'invalid',
      message: { zh: '请输入统一社会信用代码' },
    });
  });

  it('names a wrong character before the length, also once the field is left', () => {
    expect(creditCodeFeedback('91421202MA4K00O', true)).toMatchObject({
      state: 'invalid',
      message: { zh: expect.stringContaining('第15位的“O”') },
    });
    expect(creditCodeFeedback('91421202MA4K000', true)).toMatchObject({
      message: { zh: '统一社会信用代码应为18位，当前为15位' },
    });
  });

  it('normalises what it accepts (full-width, lower case, surrounding blanks)', () => {
    const fullWidth = VALID_CODE.replace('9', '９').toLowerCase();
    expect(creditCodeFeedback(` ${fullWidth} `, false)).toMatchObject({ state: 'valid', code: VALID_CODE });
  });
});
