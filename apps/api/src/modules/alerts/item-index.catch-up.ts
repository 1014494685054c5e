import { Injectable } from '@nestjs/common';
import type { SavedSearchKind } from '@mcf/contracts';
import { IndexingService } from '../indexing/indexing.service.js';

/**
 * Brings the search index up to a change before its alerts are checked. The alert job and the indexing
 * job of a change are relayed together and run on different queues, so the alert job could otherwise
 * ask the index about the demand as it was before. Writing with the alert job's outbox id as the version
 * is what the indexing job does (it reads the current state; an older write never overwrites a newer).
 */
@Injectable()
export class ItemIndexCatchUp {
  constructor(private readonly indexing: IndexingService) {}

  async catchUp(kind: SavedSearchKind, itemId: string, version: number): Promise<void> {
    if (kind === 'DEMANDS') await this.indexing.indexDemand(itemId, version);
    else await this.indexing.indexEnterprise(itemId, version);
  }
}
