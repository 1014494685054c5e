import { Injectable } from '@nestjs/common';
import type { ProcurerChoice } from '@mcf/domain';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName } from '../../../core/queue/queue.constants.js';
import { type MinedTextSource, VocabularySuggestionsService } from '../vocabulary-suggestions.service.js';

/** A profile or demand was published (or revised): read it for pairs of names. */
export interface MineVocabularyTextPayload {
  sourceKind: MinedTextSource;
  /** The firm's organisation id, or the demand's id. */
  sourceId: string;
}

/** A procurer invited, shortlisted or awarded a firm: if matching ranked it low, its terms may be missing. */
export interface MineProcurerChoicePayload {
  kind: ProcurerChoice['kind'];
  demandId: string;
  organizationId: string;
}

/**
 * Mining runs as jobs after the change commits (added through the outbox with it): it reads the
 * vocabulary and, for a choice, the stored match ranks, none of which the user should wait for; a failure
 * is retried instead of failing the user's action. Both handlers are idempotent: an occurrence from the
 * same source counts once.
 */
@Injectable()
export class VocabularyMiningJob {
  constructor(registry: JobHandlerRegistry, suggestions: VocabularySuggestionsService) {
    registry.register(JobName.MINE_VOCABULARY_TEXT, (job: Job<MineVocabularyTextPayload>) =>
      suggestions.mineText(job.data.sourceKind, job.data.sourceId),
    );
    registry.register(JobName.MINE_PROCURER_CHOICE, (job: Job<MineProcurerChoicePayload>) =>
      suggestions.mineChoice(job.data.kind, job.data.demandId, job.data.organizationId),
    );
  }
}
