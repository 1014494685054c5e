import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Demand } from './entities/demand.entity.js';

/** How a demand ended, as the features that hold records about it need to know. */
export interface DemandEnding {
  demand: Demand;
  status: 'CLOSED' | 'CANCELLED';
  /** The procurer's (or administrator's) reason; null when none was given. */
  reason: string | null;
}

export type DemandEndingListener = (ending: DemandEnding, manager: EntityManager) => Promise<void>;

/**
 * Lets features that depend on demands (responses) settle their own records in the same transaction
 * as a demand's close or cancellation, without the demands module depending on them.
 */
@Injectable()
export class DemandEndingRegistry {
  private readonly listeners: DemandEndingListener[] = [];

  register(listener: DemandEndingListener): void {
    this.listeners.push(listener);
  }

  async ended(ending: DemandEnding, manager: EntityManager): Promise<void> {
    for (const listener of this.listeners) await listener(ending, manager);
  }
}
