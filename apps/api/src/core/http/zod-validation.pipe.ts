import { type PipeTransform } from '@nestjs/common';
import { wireTextProblemFields } from '@mcf/contracts';
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
    const prefix = this.location === 'body' ? [] : [this.location];
    // NUL and lone surrogates are refused before the schema, so no transform or refinement sees them.
    const illFormed = wireTextProblemFields(value, prefix);
    if (illFormed.length) throw new ValidationFailedError(illFormed, this.status);
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw new ValidationFailedError(zodIssuesToProblemFields(result.error.issues, prefix), this.status);
  }
}
