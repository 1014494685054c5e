import { describe, expect, it } from 'vitest';
import { notificationEmail } from './notification-email.js';

const notification = {
  titleZh: '需求已授标',
  titleEn: 'Demand awarded',
  bodyZh: '“野战电站采购”已授予贵单位。',
  bodyEn: '"Field power station" was awarded to your organisation.',
  link: '/demands/7d1c',
};

describe('notificationEmail', () => {
  it('puts both languages in the subject and Chinese before English in the text', () => {
    const mail = notificationEmail(notification, undefined);
    expect(mail.subject).toBe('需求已授标 / Demand awarded');
    expect(mail.text.indexOf('需求已授标')).toBeLessThan(mail.text.indexOf('Demand awarded'));
    expect(mail.text).toContain('“野战电站采购”已授予贵单位。');
    expect(mail.text).toContain('查看详情：/demands/7d1c');
  });

  it('makes the link absolute with the public address', () => {
    const mail = notificationEmail(notification, 'https://mcf.example.cn/app/');
    expect(mail.text).toContain('查看详情：https://mcf.example.cn/demands/7d1c');
    expect(mail.text).toContain('Details: https://mcf.example.cn/demands/7d1c');
  });

  it('has no link lines without a link', () => {
    const mail = notificationEmail({ ...notification, link: null }, 'https://mcf.example.cn');
    expect(mail.text).not.toContain('查看详情');
    expect(mail.text).not.toContain('Details:');
  });
});
