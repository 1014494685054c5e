import type { ClaimAdminView } from '@mcf/contracts';
import type { SendClaimEmailPayload } from './jobs/claim-email.job.js';

function absolute(path: string, publicUrl: string | undefined): string {
  return publicUrl ? new URL(path, publicUrl).toString() : path;
}

/** The email of one step of a claim: Chinese first, then English. */
export function claimEmail(
  claim: Pick<ClaimAdminView, 'organization' | 'claimantName' | 'claimantEmail' | 'reason'>,
  event: SendClaimEmailPayload['event'],
  publicUrl: string | undefined,
): { subject: string; text: string } {
  const org = claim.organization.name;
  const footer = [
    '',
    '—',
    '此邮件由军民融合供需对接平台自动发送。',
    'Sent by the defense–civilian supply–demand platform.',
  ];
  switch (event) {
    case 'FILED': {
      const link = absolute('/admin/claims', publicUrl);
      return {
        subject: `新的机构认领申请：${org} / New organisation claim`,
        text: [
          `${claim.claimantName}（${claim.claimantEmail}）申请认领机构“${org}”（统一社会信用代码 ${claim.organization.creditCode}），请核对营业执照后审核。`,
          `审核：${link}`,
          '',
          `${claim.claimantName} (${claim.claimantEmail}) asks to claim “${org}” (credit code ${claim.organization.creditCode}); check the business licence and decide.`,
          `Review: ${link}`,
          ...footer,
        ].join('\n'),
      };
    }
    case 'APPROVED': {
      const link = absolute('/sign-in', publicUrl);
      return {
        subject: `认领申请已通过：${org} / Your claim was approved`,
        text: [
          `您认领“${org}”的申请已通过，您已成为该机构的管理员。请使用申请时填写的邮箱和密码登录，完善能力档案：${link}`,
          '',
          `Your claim of “${org}” was approved: you now own the organisation. Sign in with the email and password you gave: ${link}`,
          ...footer,
        ].join('\n'),
      };
    }
    case 'REJECTED':
      return {
        subject: `认领申请未通过：${org} / Your claim was not approved`,
        text: [
          `您认领“${org}”的申请未通过。原因：${claim.reason ?? '—'}`,
          '如有疑问，请联系平台管理员（军民融合办），或补充材料后重新申请。',
          '',
          `Your claim of “${org}” was not approved. Reason: ${claim.reason ?? '—'}`,
          'Contact the platform administrators, or file a new claim with further documents.',
          ...footer,
        ].join('\n'),
      };
  }
}
