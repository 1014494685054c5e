import { Injectable } from '@nestjs/common';
import {
  type EnterprisePublicView,
  type ProfileContent,
  ProfileContentSchema,
  type ProfileDraftView,
  type VettedQualification,
} from '@mcf/contracts';
import {
  chinaDateOf,
  daysUntilExpiry,
  isProfileStale,
  PROFILE_STALE_AFTER_DAYS,
  isVettedNow,
  profileCompleteness,
  withFirmContactFor,
} from '@mcf/domain';
import { type Actor, firmContactReaderOf } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ParksService } from '../parks/parks.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ownEnterprise } from './enterprise-access.util.js';
import { EnterprisesRepository } from './enterprises.repository.js';
import { EnterpriseErrors } from './enterprises.errors.js';
import type { EnterpriseProfile } from './entities/enterprise-profile.entity.js';
import { qualificationName } from './qualifications.service.js';

const EXPIRING_SOON_DAYS = 60;

/**
 * Capability profiles of enterprises: the firm's draft and its published versions, reconfirmation and
 * staleness reminders, profiles published by the platform (demo data, imports), and the public view.
 */
@Injectable()
export class EnterpriseProfilesService {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly parks: ParksService,
  ) {}

  private draftView(
    organizationId: string,
    profile: EnterpriseProfile | null,
    startingDraft: Partial<ProfileContent> = {},
  ): ProfileDraftView {
    const draft = ProfileContentSchema.parse(profile?.draft ?? startingDraft);
    return {
      organizationId,
      draft,
      draftUpdatedAt: profile?.draftUpdatedAt?.toISOString() ?? null,
      completeness: profileCompleteness(draft),
      publishedVersion: profile?.publishedVersion ?? 0,
      publishedAt: profile?.publishedAt?.toISOString() ?? null,
      stale: profile?.lastConfirmedAt ? isProfileStale(profile.lastConfirmedAt, new Date()) : false,
    };
  }

  async draft(actor: Actor, organizationId: string): Promise<ProfileDraftView> {
    const organization = await ownEnterprise(this.accounts, actor, organizationId, true);
    const profile = await this.enterprises.findProfile(organizationId);
    // A firm that has not started its profile finds the region it registered with already filled in.
    if (!profile) return this.draftView(organizationId, null, { regionCode: organization.regionCode });
    return this.draftView(organizationId, profile);
  }

  /** Saves the draft as the firm types (autosave); the public sees nothing until it publishes. */
  async saveDraft(actor: Actor, organizationId: string, content: ProfileContent): Promise<ProfileDraftView> {
    await ownEnterprise(this.accounts, actor, organizationId);
    if (content.parkId) await this.parks.assertExists(content.parkId, 'parkId');
    return this.draftView(organizationId, await this.enterprises.saveDraft(organizationId, content));
  }

  async publish(actor: Actor, organizationId: string): Promise<ProfileDraftView> {
    await ownEnterprise(this.accounts, actor, organizationId);
    const published = await this.enterprises.transaction(async (manager) => {
      const profile = await this.enterprises.findProfile(organizationId, manager, true);
      const draft = ProfileContentSchema.parse(profile?.draft ?? {});
      const missing = [!draft.summary?.trim() && 'summary', draft.sectors.length === 0 && 'sectors', draft.products.length === 0 && 'products'].filter(
        (field): field is string => Boolean(field),
      );
      if (!profile || missing.length > 0) throw EnterpriseErrors.notPublishable(missing.length > 0 ? missing : ['summary', 'sectors', 'products']);
      const updated = await this.enterprises.publish(profile, actor.userId, manager);
      await this.audit.record(
        {
          actor,
          action: 'profile.published',
          targetType: 'organization',
          targetId: organizationId,
          before: { publishedVersion: profile.publishedVersion },
          after: { publishedVersion: updated.publishedVersion },
        },
        manager,
      );
      // Search, matching, saved searches and vocabulary mining follow (the pairs of names a firm writes,
      // 变压吸附制氧机（PSA制氧机）, become vocabulary suggestions).
      await this.outbox.record(manager, 'enterprise.profile-published', { organizationId, publishedVersion: updated.publishedVersion });
      return updated;
    });
    this.outbox.kick();
    return this.draftView(organizationId, published);
  }

  /**
   * The firm says its published profile is still accurate without changing it: the 365-day staleness
   * clock starts again (and a new staleness period, so a later reminder is sent again). Audited.
   */
  async reconfirm(actor: Actor, organizationId: string): Promise<ProfileDraftView> {
    await ownEnterprise(this.accounts, actor, organizationId);
    const reconfirmed = await this.enterprises.transaction(async (manager) => {
      const profile = await this.enterprises.findProfile(organizationId, manager, true);
      if (!profile?.published) throw EnterpriseErrors.notPublished();
      const updated = await this.enterprises.reconfirm(organizationId, new Date(), manager);
      await this.audit.record(
        {
          actor,
          action: 'profile.reconfirmed',
          targetType: 'organization',
          targetId: organizationId,
          before: { lastConfirmedAt: profile.lastConfirmedAt?.toISOString() ?? null, publishedVersion: profile.publishedVersion },
          after: { lastConfirmedAt: updated.lastConfirmedAt?.toISOString() ?? null, publishedVersion: updated.publishedVersion },
        },
        manager,
      );
      await this.outbox.record(manager, 'enterprise.profile-reconfirmed', { organizationId });
      return updated;
    });
    this.outbox.kick();
    return this.draftView(organizationId, reconfirmed);
  }

  /**
   * The daily staleness sweep: reminds each firm whose published profile has not been reconfirmed for
   * 365 days as of `now`. The de-duplication key carries the confirmation it is about, so a firm is
   * reminded once per staleness period however often the sweep runs, and again only after it reconfirms
   * (or republishes) and lets that lapse too.
   */
  async remindStaleProfiles(now: Date): Promise<{ reminded: number }> {
    let reminded = 0;
    for (const stale of await this.enterprises.staleProfiles(new Date(now.getTime() - PROFILE_STALE_AFTER_DAYS * 86_400_000))) {
      const confirmed = chinaDateOf(stale.lastConfirmedAt);
      const inserted = await this.notifications.notify({
        organizationId: stale.organizationId,
        kind: 'PROFILE_STALE',
        title: { zh: '能力档案已超过一年未确认', en: 'Your capability profile has not been reconfirmed for a year' },
        body: {
          zh: `贵单位的能力档案自 ${confirmed} 起未再确认，已标记为“信息可能过时”。请检查档案：如无变化，点击“确认档案仍然准确”；如有变化，修改后重新发布。`,
          en: `Your profile was last confirmed on ${confirmed} and is now marked as possibly out of date. Please check it: if nothing changed, choose "Confirm it is still accurate"; otherwise edit and publish it again.`,
        },
        link: '/enterprise/profile',
        dedupKey: `profile-stale:${stale.organizationId}:${stale.lastConfirmedAt.toISOString()}`,
      });
      if (inserted) reminded++;
    }
    return { reminded };
  }

  /** The draft of an imported firm: kept private until a user of the firm claims and publishes it. */
  async saveImportedDraft(organizationId: string, content: ProfileContent, manager: Parameters<EnterprisesRepository['saveDraft']>[2]): Promise<void> {
    await this.enterprises.saveDraft(organizationId, content, manager);
  }

  /**
   * Publishes a profile on behalf of the platform (demo data, imports): no firm user exists yet.
   * Skipped when the organisation already has a published profile.
   */
  async publishAsPlatform(organizationId: string, content: ProfileContent, publishedBy: string): Promise<boolean> {
    return this.enterprises.transaction(async (manager) => {
      const existing = await this.enterprises.findProfile(organizationId, manager, true);
      if (existing?.published) return false;
      await this.enterprises.saveDraft(organizationId, content, manager);
      const profile = (await this.enterprises.findProfile(organizationId, manager))!;
      await this.enterprises.publish(profile, publishedBy, manager);
      await this.outbox.record(manager, 'enterprise.profile-published-by-platform', { organizationId });
      return true;
    });
  }

  /**
   * The public view: a published profile of an organisation that is not rejected or suspended; its
   * contact person and phone only for the readers `mayReadFirmContact` allows.
   */
  async publicView(organizationId: string, actor: Actor | undefined): Promise<EnterprisePublicView> {
    const organization = await this.accounts.findOrganizationById(organizationId);
    const profile = organization ? await this.enterprises.findProfile(organizationId) : null;
    if (!organization || organization.kind !== 'ENTERPRISE' || !['VERIFIED', 'PENDING_VERIFICATION'].includes(organization.status) || !profile?.published) {
      throw CommonErrors.notFound();
    }
    const now = new Date();
    const qualifications: VettedQualification[] = (await this.enterprises.qualificationsOf(organizationId))
      .filter((q) => isVettedNow({ status: q.status, expiresOn: q.expiresOn }, now))
      .map((q) => ({
        id: q.id,
        type: q.type,
        level: q.level,
        name: qualificationName(q),
        certificateNo: q.certificateNo,
        issuer: q.issuer,
        expiresOn: q.expiresOn,
        expiringSoon: daysUntilExpiry(q.expiresOn, now) <= EXPIRING_SOON_DAYS,
      }));
    const { profile: content, contactWithheld } = withFirmContactFor(ProfileContentSchema.parse(profile.published), firmContactReaderOf(actor), organizationId);
    return {
      organizationId,
      name: organization.name,
      verified: organization.status === 'VERIFIED',
      isDemo: organization.isDemo,
      profile: content,
      contactWithheld,
      version: profile.publishedVersion,
      publishedAt: profile.publishedAt!.toISOString(),
      stale: profile.lastConfirmedAt ? isProfileStale(profile.lastConfirmedAt, now) : false,
      qualifications,
    };
  }
}
