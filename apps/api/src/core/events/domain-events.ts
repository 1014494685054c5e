/**
 * Every domain event of the platform: what happened, in the domain's words, with its payload. A feature
 * records an event in the same transaction as the change (`OutboxService.record`); the modules that care
 * subscribe to it (`EventSubscription`, registered by the consuming module), and the outbox relay turns
 * each recorded event into their jobs. The producer never names a job.
 *
 * Payloads carry ids and versions only: a job reads the current state itself, and the outbox keeps no
 * personal data.
 */
export interface DomainEvents {
  /** A version of a demand became public: its first publication or a revision of a published demand. */
  'demand.published': { demandId: string; version: number };
  /** A public demand stopped taking responses: closed, cancelled, ended by an administrator or past its deadline. */
  'demand.ended': { demandId: string };
  /** A procurer invited a firm to respond to its demand (invited firms may read an invitation-only demand). */
  'demand.firm-invited': { demandId: string; organizationId: string };
  /** A procurer shortlisted a firm's response. */
  'demand.response-shortlisted': { demandId: string; organizationId: string };
  /** A procurer awarded its demand to a firm (`organizationId`, the winner). */
  'demand.awarded': { demandId: string; organizationId: string };
  /** The vocabulary changed under a published demand: its matches were scored with the old one. */
  'demand.matches-outdated': { demandId: string; version: number; vocabularyVersion: string };

  /** A firm published its profile. */
  'enterprise.profile-published': { organizationId: string; publishedVersion: number };
  /** A firm confirmed that its published profile is still current. */
  'enterprise.profile-reconfirmed': { organizationId: string };
  /** The platform published a firm's profile (demo data, firms named in the action plan). */
  'enterprise.profile-published-by-platform': { organizationId: string };
  /** An administrator verified, suspended or reinstated a firm. */
  'enterprise.status-changed': { organizationId: string };
  /** An administrator approved a certificate (qualification) of a firm. */
  'certificate.approved': { organizationId: string; qualificationId: string };
  /** An approved certificate was edited by its firm and waits for review again. */
  'certificate.reopened': { organizationId: string; qualificationId: string };
  /** An approved certificate passed its expiry date. */
  'certificate.expired': { organizationId: string; qualificationId: string };

  /** A notification was recorded that its recipients want by email too (and email is configured). */
  'notification.email-due': { notificationId: string };
  /** A step of an organisation claim that the claimant is told of by email (and email is configured). */
  'claim.email-due': { claimId: string; step: 'FILED' | 'APPROVED' | 'REJECTED' };

  /** An administrator approved a vocabulary suggestion: these terms gained synonyms. */
  'vocabulary.changed': { suggestionId: string; terms: string[] };

  /** An administrator approved a technology offer: this version is public. */
  'offer.published': { offerId: string; version: number };
  /** Its owner withdrew a public technology offer. */
  'offer.withdrawn': { offerId: string };

  /** A talent profile changed (published, edited, hidden or removed). */
  'talent.profile-changed': { profileId: string };
  /** An organisation posted a talent need. */
  'talent.need-posted': { needId: string };
}

export type EventName = keyof DomainEvents;

export interface EventDefinition<E extends EventName> {
  /** The subject the event is about (a demand's id, a firm's id …): the outbox row's key. */
  readonly key: (payload: DomainEvents[E]) => string;
  /**
   * Set for an event that is recorded for readers outside the platform (an export, a webhook) rather than
   * for a module of its own: such an event needs no subscription.
   */
  readonly publishedForOutsideUse?: true;
}

/** How each event is keyed, and which are published for outside use: one entry per event. */
export const DOMAIN_EVENTS: { readonly [E in EventName]: EventDefinition<E> } = {
  'demand.published': { key: (e) => e.demandId },
  'demand.ended': { key: (e) => e.demandId },
  'demand.firm-invited': { key: (e) => e.demandId },
  'demand.response-shortlisted': { key: (e) => e.demandId },
  'demand.awarded': { key: (e) => e.demandId },
  'demand.matches-outdated': { key: (e) => e.demandId },
  'enterprise.profile-published': { key: (e) => e.organizationId },
  'enterprise.profile-reconfirmed': { key: (e) => e.organizationId },
  'enterprise.profile-published-by-platform': { key: (e) => e.organizationId },
  'enterprise.status-changed': { key: (e) => e.organizationId },
  'certificate.approved': { key: (e) => e.organizationId },
  'certificate.reopened': { key: (e) => e.organizationId },
  'certificate.expired': { key: (e) => e.organizationId },
  'notification.email-due': { key: (e) => e.notificationId },
  'claim.email-due': { key: (e) => e.claimId },
  'vocabulary.changed': { key: (e) => e.suggestionId },
  'offer.published': { key: (e) => e.offerId },
  'offer.withdrawn': { key: (e) => e.offerId },
  'talent.profile-changed': { key: (e) => e.profileId },
  'talent.need-posted': { key: (e) => e.needId },
};

export const EVENT_NAMES = Object.keys(DOMAIN_EVENTS) as EventName[];

/** The events after which a firm may be searched and matched differently: its profile, certificates or status changed. */
export const FIRM_CHANGED_EVENTS = [
  'enterprise.profile-published',
  'enterprise.profile-reconfirmed',
  'enterprise.profile-published-by-platform',
  'enterprise.status-changed',
  'certificate.approved',
  'certificate.reopened',
  'certificate.expired',
] as const satisfies readonly EventName[];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(DOMAIN_EVENTS, name);
}
