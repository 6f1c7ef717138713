import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { resolveLocale } from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import { AuditSealer } from './core/audit/audit-sealer';
import { AccessTokenSigner } from './core/auth/access-token';
import { DatabaseModule } from './core/database/database.module';
import { GraphqlExceptionFilter } from './core/errors/graphql-exception.filter';
import { FilesModule } from './core/files/files.module';
import type { FilesOptions } from './core/files/files-options';
import type { GraphqlContext } from './core/graphql/graphql-context';
import { DEFAULT_HARDENING, hardeningPlugin, type HardeningOptions } from './core/hardening/hardening.plugin';
import { HealthController } from './core/health/health.controller';
import { JobsModule } from './core/jobs/jobs.module';
import { JOBS_DISABLED, type JobsOptions } from './core/jobs/jobs-options';
import { FEATURE_MODULES } from './feature-modules';
import { AuthModule, type AuthOptions } from './modules/auth/auth.module';

@Module({})
export class AppModule {
  static forRoot(
    dataSource: DataSource,
    jobs: JobsOptions | undefined,
    files: FilesOptions,
    auth: AuthOptions = {},
    hardening: HardeningOptions = DEFAULT_HARDENING,
    production = process.env['NODE_ENV'] === 'production',
  ): DynamicModule {
    // One signer for the guard and the hardening plugin (which must know the caller before the guard runs).
    const signer = new AccessTokenSigner(auth.secret);
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(dataSource),
        JobsModule.forRoot(jobs ?? JOBS_DISABLED),
        FilesModule.forRoot(files),
        AuthModule.forRoot(auth, signer),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          context: ({ req }: Pick<GraphqlContext, 'req'>): GraphqlContext => ({
            req,
            locale: resolveLocale(req.headers['accept-language']),
            loaders: new Map(),
          }),
          includeStacktraceInErrorResponses: false,
          // The schema is public in the repository (schema.gql); a production server does not hand it out.
          introspection: !production,
          // Cast: @nestjs/apollo sees Apollo's ESM type declarations, this CommonJS build the CJS ones.
          plugins: [hardeningPlugin(dataSource, signer, hardening) as NonNullable<ApolloDriverConfig['plugins']>[number]],
          // Errors of field resolvers (e.g. a bad argument of StaffMember.trainingHours) go through
          // the same exception filter as queries and mutations, so they keep their stable codes.
          fieldResolverEnhancers: ['filters'],
        }),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: GraphqlExceptionFilter }, AuditSealer],
    };
  }
}
