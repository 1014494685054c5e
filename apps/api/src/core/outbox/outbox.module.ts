import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox.relay.js';
import { OutboxService } from './outbox.service.js';

/** The transactional outbox: services add jobs inside their transactions; the relay enqueues them. */
@Global()
@Module({ providers: [OutboxService, OutboxRelay], exports: [OutboxService] })
export class OutboxModule {}
