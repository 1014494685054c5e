import { Global, Module } from '@nestjs/common';
import { EventRouter } from '../events/event-router.js';
import { OutboxRelay } from './outbox.relay.js';
import { OutboxService } from './outbox.service.js';

/**
 * The transactional outbox: services record domain events inside their transactions; consuming modules
 * subscribe to them through the router; the relay enqueues the subscribers' jobs.
 */
@Global()
@Module({ providers: [OutboxService, OutboxRelay, EventRouter], exports: [OutboxService, EventRouter] })
export class OutboxModule {}
