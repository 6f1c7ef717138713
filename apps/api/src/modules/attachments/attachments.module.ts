import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { FileStore } from '../../core/files/file-store';
import { ServiceRequestAttachmentsResolver, VisitAttachmentsResolver } from './attachment-fields.resolver';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsResolver } from './attachments.resolver';
import { AttachmentsService } from './attachments.service';
import { HashingStorageEngine } from './hashing-storage.engine';
import { UploadLimitFilter } from './upload-limit.filter';

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [FileStore],
      useFactory: (store: FileStore) => ({
        storage: new HashingStorageEngine(store),
        // One file and a few short text fields; busboy stops reading the file at the size limit.
        limits: { fileSize: store.options.maxUploadBytes, files: 1, fields: 10, fieldSize: 1024 },
        // Browsers send a Chinese file name as raw UTF-8 in `filename="…"`.
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [AttachmentsController],
  providers: [AttachmentsResolver, ServiceRequestAttachmentsResolver, VisitAttachmentsResolver, AttachmentsService, AttachmentsRepository, UploadLimitFilter],
  exports: [AttachmentsRepository],
})
export class AttachmentsModule {}
