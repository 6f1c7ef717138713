import { Catch, Inject, PayloadTooLargeException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ValidationFailed, resolveLocale } from '@stardesk/domain';
import type { Request, Response } from 'express';
import { httpErrorResponse } from '../../core/errors/http-error-response';
import { FILES_OPTIONS, type FilesOptions } from '../../core/files/files-options';

/**
 * multer stops reading a file at the size limit (the truncated part is removed) and reports it as
 * 413; this answers it like every other refused file: a localised field error on `file`.
 */
@Catch(PayloadTooLargeException)
export class UploadLimitFilter implements ExceptionFilter {
  constructor(@Inject(FILES_OPTIONS) private readonly options: FilesOptions) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const locale = resolveLocale(http.getRequest<Request>().headers['accept-language']);
    const maxMb = Math.round((this.options.maxUploadBytes / 1024 / 1024) * 10) / 10;
    const refused = new ValidationFailed([{ field: 'file', code: 'fileTooLarge', params: { maxMb } }]);
    const { body } = httpErrorResponse(refused, locale)!;
    http.getResponse<Response>().status(413).json(body);
  }
}
