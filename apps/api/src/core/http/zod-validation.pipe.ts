import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ValidationFailedError } from './app-error.js';
import { zodIssuesToProblemFields } from './zod-issues.js';

/** Validates a body, query or path value against a schema from @mcf/contracts. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly location: 'body' | 'query' | 'path' = 'body',
    private readonly status = 400,
  ) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const prefix = this.location === 'body' ? [] : [this.location];
    throw new ValidationFailedError(zodIssuesToProblemFields(result.error.issues, prefix), this.status);
  }
}
