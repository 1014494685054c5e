import { applyDecorators, StreamableFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { QUALIFICATION_FILE_MAX_BYTES } from '@mcf/contracts';
import { type AcceptedFileKind, FILE_KIND_MEDIA_TYPES } from '@mcf/domain';

/**
 * One file in the multipart field `file`, under the certificate file rules (PDF, PNG or JPEG by content,
 * at most 10 MB), documented in the OpenAPI document. The service inspects the content.
 */
export function AttachmentUpload(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(
      FileInterceptor('file', {
        defParamCharset: 'utf8',
        limits: { fileSize: QUALIFICATION_FILE_MAX_BYTES, files: 1, fields: 5 },
      }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'PDF, PNG or JPEG (by content), at most 10 MB' },
        },
      },
    }),
  );
}

/** A stored attachment as a download (never shown inline), under its original name. */
export function attachmentDownload(
  attachment: { fileKind: AcceptedFileKind; fileSize: number; fileName: string },
  stream: NodeJS.ReadableStream,
): StreamableFile {
  return new StreamableFile(stream as never, {
    type: FILE_KIND_MEDIA_TYPES[attachment.fileKind],
    length: attachment.fileSize,
    disposition: `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
  });
}
