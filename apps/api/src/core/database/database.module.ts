import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Provides the already-connected, already-migrated DataSource. Connecting happens before Nest starts
 * (see main.ts), so a database problem stops start-up with one clear message rather than a DI error.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }],
      exports: [DataSource],
    };
  }
}
