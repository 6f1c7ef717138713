import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AuthOptions } from './modules/auth/auth.module';
import { auditContextMiddleware } from './core/audit/audit-context.middleware';
import type { HardeningOptions } from './core/hardening/hardening.plugin';
import type { FilesOptions } from './core/files/files-options';
import type { JobsOptions } from './core/jobs/jobs-options';
import { PinoNestLogger } from './core/logging/logger';
import { serveWebApp } from './core/web/serve-web';

export interface ServerOptions {
  dataSource: DataSource;
  logger: Logger;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  webDist?: string;
  /** Background jobs; none when left out. */
  jobs?: JobsOptions;
  /** Where attachments are kept and how large they may be. */
  files: FilesOptions;
  /** How access tokens are signed (a random key per process when left out). */
  auth?: AuthOptions;
  /** GraphQL limits (depth, cost, body size, mutation rate); defaults when left out. */
  hardening?: HardeningOptions;
  /** NODE_ENV=production: no introspection. */
  production?: boolean;
}

export interface RunningServer {
  app: INestApplication;
  url: string;
  servesWebApp: boolean;
  close(): Promise<void>;
}

/** Builds and starts the HTTP server around an already-migrated DataSource (used by main.ts and tests). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options.dataSource, options.jobs, options.files, options.auth, options.hardening, options.production), {
    logger: new PinoNestLogger(options.logger),
    bodyParser: true,
  });
  // Imports arrive as Base64 in the GraphQL body: 20 MB of files (checked by the import) is about 27 MB.
  app.useBodyParser('json', { limit: '30mb' });
  // Every write of a request is attributed in the audit trail (actor from req.principal, operation name).
  app.use(auditContextMiddleware);
  app.use(pinoHttp({ logger: options.logger, autoLogging: { ignore: (req) => req.url === '/health' } }));
  const servesWebApp = options.webDist ? serveWebApp(app, options.webDist) : false;
  await app.listen(options.port, options.host ?? '0.0.0.0');
  const address = (app.getHttpServer() as Server).address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    app,
    url: `http://localhost:${port}`,
    servesWebApp,
    close: () => app.close(),
  };
}
