import { Global, Module, type DynamicModule } from '@nestjs/common';
import { FileStore } from './file-store';
import { FILES_OPTIONS, type FilesOptions } from './files-options';

/** The file store of attachments, available to every feature module that keeps files. */
@Global()
@Module({})
export class FilesModule {
  static forRoot(options: FilesOptions): DynamicModule {
    return {
      module: FilesModule,
      providers: [{ provide: FILES_OPTIONS, useValue: options }, FileStore],
      exports: [FILES_OPTIONS, FileStore],
    };
  }
}
