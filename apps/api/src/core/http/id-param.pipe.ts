import { ParseUUIDPipe } from '@nestjs/common';
import { CommonErrors } from './common-errors.js';

/**
 * Path ids are UUIDs. A malformed id names nothing: it gets the same 404 as the id of another
 * organisation's private object, so ids cannot be probed.
 */
export const idParam = new ParseUUIDPipe({ version: '4', exceptionFactory: () => CommonErrors.notFound() });
