import { Injectable } from '@nestjs/common';
import { DEMAND_ATTACHMENTS_MAX, type DemandAttachmentView } from '@mcf/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { FileStore, type UploadedAttachment } from '../../core/storage/file-store.js';
import { AuditService } from '../audit/audit.service.js';
import { DemandAccessService } from './demand-access.service.js';
import { attachmentView } from './demand-views.service.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandErrors } from './demands.errors.js';
import type { DemandAttachment } from './entities/demand-attachment.entity.js';
import type { Demand } from './entities/demand.entity.js';

export type UploadedDemandFile = UploadedAttachment;

/** The files of a demand: its owner adds and removes them while the demand is open; readers of its details download them. */
@Injectable()
export class DemandAttachmentsService {
  constructor(
    private readonly demands: DemandsRepository,
    private readonly access: DemandAccessService,
    private readonly audit: AuditService,
    private readonly files: FileStore,
  ) {}

  /** Attaches a file (PDF, PNG or JPEG by content) to a draft or published demand of the caller's organisation. */
  async addAttachment(
    actor: Actor,
    demandId: string,
    file: UploadedDemandFile | undefined,
  ): Promise<DemandAttachmentView> {
    this.access.assertProcurer(actor);
    const { sha256, kind, size, fileName } = await this.files.accept(file);
    const attachment = await this.demands.transaction(async (manager) => {
      await this.changeableDemand(actor, demandId, manager);
      if ((await this.demands.attachmentsOf(demandId, manager)).length >= DEMAND_ATTACHMENTS_MAX)
        throw DemandErrors.tooManyAttachments();
      const created = await this.demands.insertAttachment(
        {
          demandId,
          fileSha256: sha256,
          fileKind: kind,
          fileSize: size,
          fileName,
          uploadedBy: actor.userId,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'demand.attachment_added',
          targetType: 'demand',
          targetId: demandId,
          after: { attachmentId: created.id, name: created.fileName, size: created.fileSize },
        },
        manager,
      );
      return created;
    });
    return attachmentView(attachment);
  }

  async removeAttachment(actor: Actor, demandId: string, attachmentId: string): Promise<void> {
    this.access.assertProcurer(actor);
    await this.demands.transaction(async (manager) => {
      await this.changeableDemand(actor, demandId, manager);
      const attachment = (await this.demands.attachmentsOf(demandId, manager)).find(
        (a) => a.id === attachmentId,
      );
      if (!attachment) throw CommonErrors.notFound();
      await this.demands.deleteAttachment(attachmentId, manager);
      await this.audit.record(
        {
          actor,
          action: 'demand.attachment_removed',
          targetType: 'demand',
          targetId: demandId,
          before: { attachmentId, name: attachment.fileName },
        },
        manager,
      );
    });
  }

  /** A demand's file, for whoever may read the demand's details. */
  async attachmentFile(
    actor: Actor | undefined,
    demandId: string,
    attachmentId: string,
  ): Promise<{ attachment: DemandAttachment; stream: NodeJS.ReadableStream }> {
    const { access } = await this.access.readable(actor, demandId);
    if (access === 'SUMMARY') throw CommonErrors.notFound();
    const attachment = await this.demands.findAttachment(demandId, attachmentId);
    if (!attachment) throw CommonErrors.notFound();
    return { attachment, stream: await this.files.open(attachment.fileSha256) };
  }

  /** The caller's own demand, locked, while its files may still change (a draft or a published demand). */
  private async changeableDemand(actor: Actor, demandId: string, manager: EntityManager): Promise<Demand> {
    const demand = await this.access.ownedDemand(actor, demandId, manager);
    if (demand.status !== 'DRAFT' && demand.status !== 'PUBLISHED')
      throw DemandErrors.invalidTransition(demand.status, 'changed');
    return demand;
  }
}
