import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { OPENAPI_JSON_PATH, OPENAPI_UI_PATH } from '@mcf/contracts';

export function mountOpenApi(app: INestApplication, version: string): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('军民融合供需对接平台 API')
      .setDescription(
        'Defense–civilian supply–demand matchmaking platform. Errors are RFC 9457 problem+json (`application/problem+json`) with a stable `code` and the offending `errors[].field`.',
      )
      .setVersion(version)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(OPENAPI_UI_PATH, app, document, { jsonDocumentUrl: OPENAPI_JSON_PATH, customSiteTitle: '军民融合供需对接平台 API' });
}
