import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { resolveLocale } from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import { DatabaseModule } from './core/database/database.module';
import { GraphqlExceptionFilter } from './core/errors/graphql-exception.filter';
import type { GraphqlContext } from './core/graphql/graphql-context';
import { HealthController } from './core/health/health.controller';
import { FEATURE_MODULES } from './feature-modules';

@Module({})
export class AppModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(dataSource),
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
        }),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: GraphqlExceptionFilter }],
    };
  }
}
