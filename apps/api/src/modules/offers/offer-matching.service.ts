import { Injectable, Logger } from '@nestjs/common';
import {
  assessOfferUptake,
  demandFeatureKeys,
  OFFER_MIN_TEXT_RELEVANCE,
  OFFER_NOTIFY_THRESHOLD,
  type OfferForMatching,
  type OfferUptake,
  prepareOffer,
} from '@mcf/domain';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';
import { MatchFeaturesService } from '../matching/match-features.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { VocabularyService } from '../vocabulary/vocabulary.service.js';
import type { TechnologyOffer } from './entities/technology-offer.entity.js';
import { OffersRepository } from './offers.repository.js';

/** At most this many takers are stored, and this many told. */
const MATCHES_KEPT = 50;
const FIRMS_NOTIFIED = 20;

export function offerForMatching(offer: TechnologyOffer): OfferForMatching {
  return { title: offer.title, summary: offer.summary, applications: offer.applications, sectors: offer.sectors };
}

/**
 * Finds the firms whose capability profiles could take up a published offer: candidates from the matching
 * features in memory (every firm the offer's key terms, read like a demand's, may list), scored by the demand matcher's text
 * relevance over their stored features (assessOfferUptake); stores the best and tells them and the owner.
 */
@Injectable()
export class OfferMatchingService {
  private readonly logger = new Logger('OfferMatching');

  constructor(
    private readonly offers: OffersRepository,
    private readonly features: MatchFeaturesService,
    private readonly vocabulary: VocabularyService,
    private readonly notifications: NotificationsService,
  ) {}

  async matchOffer(offerId: string, version: number): Promise<{ listed: number; notified: number } | 'skipped'> {
    const offer = await this.offers.find(offerId);
    if (!offer) throw new JobSubjectMissingError('offer', offerId);
    if (offer.status !== 'PUBLISHED' || offer.version !== version) return 'skipped';
    const subject = offerForMatching(offer);
    const vocabulary = await this.vocabulary.current();
    const description = [subject.summary, ...subject.applications].join('\n');
    const frequencies = await this.features.frequencies(
      demandFeatureKeys(subject.title, description, { vocabulary, frequencies: null }),
      vocabulary,
    );
    const prepared = prepareOffer(subject, { vocabulary, frequencies });
    // Every firm whose text may reach the listing threshold (no other firm can be listed), and the firms of
    // its sectors published moments ago, whose features may not be stored yet.
    const ids = [
      ...new Set([
        ...(await this.features.retrieve(prepared, vocabulary, OFFER_MIN_TEXT_RELEVANCE)),
        ...(await this.features.recentlyPublished()),
      ]),
    ].filter((id) => id !== offer.organizationId);
    const candidates = await this.features.scored(ids, prepared, vocabulary);
    const listed: Array<{ organizationId: string; uptake: OfferUptake }> = [];
    for (const [organizationId, candidate] of candidates) {
      const uptake = assessOfferUptake(subject, candidate.facts, candidate.text);
      if (uptake.listed) listed.push({ organizationId, uptake });
    }
    listed.sort((a, b) => b.uptake.score - a.uptake.score || a.organizationId.localeCompare(b.organizationId));
    const kept = listed.slice(0, MATCHES_KEPT);

    const notified = await this.offers.transaction(async (manager) => {
      const current = await this.offers.find(offerId, manager, true);
      // Withdrawn, or approved again, meanwhile: that change's own job decides.
      if (!current || current.status !== 'PUBLISHED' || current.version !== version) return null;
      await this.offers.replaceMatches(
        offerId,
        kept.map(({ organizationId, uptake }) => ({
          organizationId,
          score: uptake.score,
          textRelevance: uptake.text,
          matchedTerms: uptake.matchedTerms.slice(0, 20),
        })),
        manager,
      );
      await this.offers.update(offerId, { matchingStatus: 'READY', matchedAt: new Date() }, manager);
      let told = 0;
      for (const { organizationId, uptake } of kept.slice(0, FIRMS_NOTIFIED)) {
        if (uptake.score < OFFER_NOTIFY_THRESHOLD) break;
        const terms = uptake.matchedTerms.slice(0, 3);
        const recorded = await this.notifications.notify(
          {
            organizationId,
            kind: 'OFFER_MATCHED',
            title: { zh: `可承接的技术成果：${offer.title}`, en: `A technology offer you could take up: ${offer.title}` },
            body: {
              zh: `该成果与贵单位的能力档案相符${terms.length > 0 ? `（${terms.join('、')}）` : ''}，可查看详情并与发布方沟通。`,
              en: `It fits your capability profile${terms.length > 0 ? ` (${terms.join(', ')})` : ''}: read it and talk to its owner.`,
            },
            link: `/offers/${offerId}`,
            dedupKey: `offer-matched:${offerId}:${organizationId}`,
          },
          manager,
        );
        if (recorded) told += 1;
      }
      await this.notifications.notify(
        {
          organizationId: offer.organizationId,
          kind: 'OFFER_MATCHES_READY',
          title: { zh: `技术成果匹配完成：${offer.title}`, en: `Firms matched to your offer: ${offer.title}` },
          body: {
            zh: kept.length > 0 ? `找到 ${kept.length} 家可能承接该成果的企业。` : '暂未找到能力档案相符的企业。',
            en: kept.length > 0 ? `${kept.length} firms could take it up.` : 'No firm’s capability profile fits it yet.',
          },
          link: `/offers/${offerId}/matches`,
          dedupKey: `offer-matches-ready:${offerId}:${version}`,
        },
        manager,
      );
      return told;
    });
    if (notified === null) return 'skipped';
    this.logger.log(`offer ${offerId} v${version}: ${kept.length} firms listed of ${candidates.size} candidates, ${notified} told`);
    return { listed: kept.length, notified };
  }
}
