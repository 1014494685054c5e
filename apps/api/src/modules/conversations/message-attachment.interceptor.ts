import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { MESSAGE_ATTACHMENT_MAX_BYTES } from '@mcf/contracts';
import type { Observable } from 'rxjs';
import { ConversationErrors } from './conversations.errors.js';

const Multipart: Type<NestInterceptor> = FileInterceptor('attachment', {
  limits: { fileSize: MESSAGE_ATTACHMENT_MAX_BYTES, files: 1, fields: 5 },
  // Browsers send file names as raw UTF-8 (技术方案.pdf); busboy would read them as latin1.
  defParamCharset: 'utf8',
});

/**
 * Reads the optional file `attachment` of a multipart message (a JSON message passes untouched), and
 * turns multer's refusals into problem details that name the field: 413 above the size limit, 400 for
 * a file under another name or too many parts.
 */
@Injectable()
export class MessageAttachmentInterceptor extends Multipart {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw ConversationErrors.attachmentTooLarge();
      if (error instanceof BadRequestException) {
        const cause = error.cause as { field?: string; message?: string } | undefined;
        throw ConversationErrors.malformedUpload(cause?.field, cause?.message ?? error.message);
      }
      throw error;
    }
  }
}
