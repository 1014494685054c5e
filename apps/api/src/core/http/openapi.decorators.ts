import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { ProblemDetailsSchema } from '@mcf/contracts';
import { z } from 'zod';

type SchemaObject = Record<string, unknown>;

/** OpenAPI schema derived from the zod schema in @mcf/contracts: the wire type has one definition. */
export function openApiSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): SchemaObject {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as SchemaObject;
  delete json.$schema;
  return json;
}

export function ApiZodResponse(status: number, description: string, schema: z.ZodType) {
  return ApiResponse({ status, description, schema: openApiSchemaOf(schema) as never });
}

export function ApiZodBody(schema: z.ZodType, description?: string) {
  return ApiBody({ description, schema: openApiSchemaOf(schema, 'input') as never });
}

/** Documents the problem+json answers an endpoint can give. */
export function ApiProblemResponses(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: 'RFC 9457 problem details',
        content: { 'application/problem+json': { schema: openApiSchemaOf(ProblemDetailsSchema) as never } },
      }),
    ),
  );
}

/** Documents each query parameter of a zod object schema (all optional on the wire). */
export function ApiZodQuery(schema: z.ZodType) {
  const properties = (openApiSchemaOf(schema, 'input').properties ?? {}) as Record<string, SchemaObject>;
  return applyDecorators(...Object.entries(properties).map(([name, property]) => ApiQuery({ name, required: false, schema: property as never })));
}
