import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OfferStatus, OrganizationKind } from '@mcf/contracts';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { OfferAttachment } from './entities/offer-attachment.entity.js';
import { OfferMatch } from './entities/offer-match.entity.js';
import { TechnologyOffer } from './entities/technology-offer.entity.js';
import { latestOutboxId } from '../../core/outbox/outbox-version.js';

export interface OrganizationRef {
  id: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string | null;
}

@Injectable()
export class OffersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private offers(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TechnologyOffer);
  }

  async insert(offer: Partial<TechnologyOffer>, manager: EntityManager): Promise<TechnologyOffer> {
    return this.offers(manager).save(this.offers(manager).create({ ...offer, status: 'DRAFT' }));
  }

  find(id: string, manager?: EntityManager, lock = false): Promise<TechnologyOffer | null> {
    return this.offers(manager).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The files of these offers, oldest first, by offer id. */
  async attachmentsOf(offerIds: readonly string[], manager?: EntityManager): Promise<Map<string, OfferAttachment[]>> {
    const byOffer = new Map<string, OfferAttachment[]>();
    if (offerIds.length === 0) return byOffer;
    const rows = await (manager ?? this.dataSource.manager)
      .getRepository(OfferAttachment)
      .find({ where: { offerId: In([...new Set(offerIds)]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const row of rows) byOffer.set(row.offerId, [...(byOffer.get(row.offerId) ?? []), row]);
    return byOffer;
  }

  insertAttachment(attachment: Omit<OfferAttachment, 'id' | 'createdAt' | 'offer'>, manager: EntityManager): Promise<OfferAttachment> {
    const repository = manager.getRepository(OfferAttachment);
    return repository.save(repository.create(attachment));
  }

  async deleteAttachment(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(OfferAttachment).delete({ id });
  }

  findAttachment(offerId: string, id: string): Promise<OfferAttachment | null> {
    return this.dataSource.getRepository(OfferAttachment).findOne({ where: { id, offerId } });
  }

  async update(id: string, changes: Partial<TechnologyOffer>, manager: EntityManager): Promise<void> {
    await this.offers(manager).update({ id }, changes);
  }

  /** An organisation's offers, newest first. */
  pageOfOrganization(
    organizationId: string,
    status: OfferStatus | undefined,
    page: number,
    pageSize: number,
  ): Promise<[TechnologyOffer[], number]> {
    return this.offers().findAndCount({
      where: { organizationId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /** The review queue: waiting offers oldest first (first come, first served); other statuses newest first. */
  pageByStatus(status: OfferStatus, page: number, pageSize: number): Promise<[TechnologyOffer[], number]> {
    return this.offers().findAndCount({
      where: { status },
      order: status === 'PENDING_REVIEW' ? { submittedAt: 'ASC', id: 'ASC' } : { updatedAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  async organizations(ids: readonly string[], manager?: EntityManager): Promise<Map<string, OrganizationRef>> {
    if (ids.length === 0) return new Map();
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT "id", "name", "kind", "region_code" AS "regionCode" FROM "organizations" WHERE "id" = ANY($1)`,
      [[...new Set(ids)]],
    )) as OrganizationRef[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Every published offer (a few hundred at most: the whole set fits one rebuild of the index). */
  published(): Promise<TechnologyOffer[]> {
    return this.offers().find({ where: { status: 'PUBLISHED' }, order: { id: 'ASC' } });
  }

  /** The version a full rebuild stamps: every change committed so far is included. */
  currentOutboxVersion(): Promise<number> {
    return latestOutboxId(this.dataSource);
  }

  // Matches

  async replaceMatches(
    offerId: string,
    rows: readonly Pick<OfferMatch, 'organizationId' | 'score' | 'textRelevance' | 'matchedTerms'>[],
    manager: EntityManager,
  ): Promise<void> {
    const repository = manager.getRepository(OfferMatch);
    await repository.delete({ offerId });
    if (rows.length > 0) await repository.insert(rows.map((row) => ({ ...row, offerId })));
  }

  matchesOf(offerId: string): Promise<OfferMatch[]> {
    return this.dataSource.getRepository(OfferMatch).find({
      where: { offerId },
      order: { score: 'DESC', organizationId: 'ASC' },
    });
  }

  /** The organisations that opened a conversation about the offer (said they are interested). */
  async interestedOrganizationIds(offerId: string): Promise<Set<string>> {
    const rows = (await this.dataSource.query(
      `SELECT "enterprise_id" AS "id" FROM "message_threads" WHERE "offer_id" = $1`,
      [offerId],
    )) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }
}
