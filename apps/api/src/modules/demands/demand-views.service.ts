import { Injectable } from '@nestjs/common';
import type {
  AdminDemandPage,
  AdminDemandsQuery,
  DemandAttachmentView,
  DemandPage,
  DemandStatus,
  DemandView,
} from '@mcf/contracts';
import type { Actor } from '../../core/auth/actor.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { DemandAccessService, type ViewerAccess } from './demand-access.service.js';
import { DemandsRepository } from './demands.repository.js';
import type { DemandAttachment } from './entities/demand-attachment.entity.js';
import type { Demand } from './entities/demand.entity.js';

export function attachmentView(a: DemandAttachment): DemandAttachmentView {
  return {
    id: a.id,
    name: a.fileName,
    kind: a.fileKind,
    size: a.fileSize,
    createdAt: a.createdAt.toISOString(),
  };
}

/** Demands as the API shows them: one demand as far as its viewer may read it, a procurer's own, the admin list. */
@Injectable()
export class DemandViewsService {
  constructor(
    private readonly demands: DemandsRepository,
    private readonly access: DemandAccessService,
    private readonly organizations: OrganizationDirectory,
  ) {}

  async view(demand: Demand, access: ViewerAccess): Promise<DemandView> {
    const names = await this.organizations.namesOf([demand.organizationId]);
    const hidden = access === 'SUMMARY';
    return {
      id: demand.id,
      organizationId: demand.organizationId,
      organizationName: names.get(demand.organizationId) ?? '',
      status: demand.status,
      version: demand.version,
      title: demand.title,
      description: hidden ? null : demand.description,
      sectors: demand.sectors,
      requiredQualifications: demand.requiredQualifications.map((q) => ({
        type: q.type,
        minLevel: q.minLevel ?? null,
      })),
      quantity: hidden ? null : demand.quantity,
      budgetMin: hidden ? null : demand.budgetMin,
      budgetMax: hidden ? null : demand.budgetMax,
      deliveryPlace: hidden ? null : demand.deliveryPlace,
      regionCode: demand.regionCode,
      deadline: demand.deadline,
      visibility: demand.visibility,
      detailsHidden: hidden,
      attachments: hidden ? null : (await this.demands.attachmentsOf(demand.id)).map(attachmentView),
      matching:
        access === 'OWNER' && demand.version > 0
          ? {
              status:
                demand.matchingStatus === 'READY' && demand.matchedVersion === demand.version
                  ? 'READY'
                  : 'PENDING',
              version: demand.matchedVersion,
              updatedAt: demand.matchedAt?.toISOString() ?? null,
              eligibleCount: await this.demands.eligibleMatchCount(demand.id),
            }
          : null,
      publishedAt: demand.publishedAt?.toISOString() ?? null,
      closedAt: demand.closedAt?.toISOString() ?? null,
      statusReason: demand.statusReason,
      createdAt: demand.createdAt.toISOString(),
      updatedAt: demand.updatedAt.toISOString(),
    };
  }

  async get(actor: Actor | undefined, id: string): Promise<DemandView> {
    const { demand, access } = await this.access.readable(actor, id);
    return this.view(demand, access);
  }

  async mine(
    actor: Actor,
    status: DemandStatus | undefined,
    page: number,
    pageSize: number,
    after?: string,
  ): Promise<DemandPage> {
    if (!actor.organizationId) return { items: [], total: 0, page, pageSize, next: null };
    const { rows, total, next } = await this.demands.pageOf(actor.organizationId, status, page, pageSize, after);
    return { items: await Promise.all(rows.map((d) => this.view(d, 'OWNER'))), total, page, pageSize, next };
  }

  /** Every demand on the platform, for administrators' moderation. */
  async adminList(query: AdminDemandsQuery): Promise<AdminDemandPage> {
    const { rows, total } = await this.demands.adminPage(
      { status: query.status, organization: query.organization || undefined },
      query.page,
      query.pageSize,
    );
    return {
      items: rows.map((d) => ({
        id: d.id,
        title: d.title,
        status: d.status,
        visibility: d.visibility,
        organizationId: d.organizationId,
        organizationName: d.organizationName,
        deadline: d.deadline,
        responseCount: d.responseCount,
        statusReason: d.statusReason,
        publishedAt: d.publishedAt?.toISOString() ?? null,
        closedAt: d.closedAt?.toISOString() ?? null,
        createdAt: d.createdAt.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
