import 'reflect-metadata';
import { ConfigurationError, DEMO_PASSWORD, demoLogins, isDatabaseEmpty, migrate, openDatabase, seedDemo, type OpenDatabase } from '@stardesk/database';
import { readAppConfig } from './core/config/app-config';
import { prepareFileStore } from './core/files/file-store';
import { createRootLogger } from './core/logging/logger';
import { startServer, type RunningServer } from './server';

/**
 * Start-up order: validate configuration → database (embedded or DATABASE_URL) → migrations → demo
 * seed on an empty database → HTTP. Each step fails with one clear message and a non-zero exit.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = readAppConfig();
    const filesDir = config.files.dir;
    await prepareFileStore(filesDir).catch((error: Error) => {
      throw new ConfigurationError([`STARDESK_FILES_DIR: cannot keep files in ${filesDir} (${error.message})`]);
    });
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`StarDesk cannot start. ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createRootLogger(config.logLevel);
  let database: OpenDatabase | undefined;
  let server: RunningServer | undefined;

  // SIGTERM: stop accepting connections, let in-flight requests finish (their transactions commit or
  // roll back), then close the pool. A shutdown that hangs (a stuck client) ends after 25 s.
  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      logger.error('shutdown did not finish within 25 s; exiting');
      process.exit(1);
    }, 25_000).unref();
    await server?.close();
    await database?.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const startedAt = Date.now();
    database = await openDatabase(config.database, {
      poolSize: 20,
      applicationName: 'stardesk-api',
      log: (message) => logger.debug({ component: 'embedded-postgres' }, message),
    });
    const applied = await migrate(database.dataSource);
    if (applied.length) logger.info({ migrations: applied }, 'database migrated');
    let seeded = false;
    if (config.seedDemoWhenEmpty && (await isDatabaseEmpty(database.dataSource))) {
      const summary = await seedDemo(database.dataSource);
      logger.info(summary, 'demo organisation seeded');
      seeded = true;
    }
    server = await startServer({
      dataSource: database.dataSource,
      logger,
      port: config.port,
      webDist: config.webDist,
      jobs: config.jobs,
      files: config.files,
      auth: config.auth,
      hardening: config.hardening,
      production: config.nodeEnv === 'production',
    });
    if (!server.servesWebApp) logger.warn({ webDist: config.webDist }, 'web app not built: only /graphql and /health are served (run npm run build)');
    printBanner(server.url, database.description, seeded, await demoLogins(database.dataSource), Date.now() - startedAt);
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    console.error(`StarDesk cannot start: ${(error as Error).message}`);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}

function printBanner(url: string, database: string, seeded: boolean, demoUsers: { login: string; role: string }[], elapsedMs: number): void {
  const lines = [
    '',
    `  StarDesk is running (${(elapsedMs / 1000).toFixed(1)} s)`,
    `  Dashboard:  ${url}/`,
    `  GraphQL:    ${url}/graphql`,
    `  Health:     ${url}/health`,
    `  Database:   ${database}`,
    seeded ? '  Demo data:  organisation DEMO (华星家电售后服务有限公司) seeded with 12 months of requests' : '',
    ...(demoUsers.length
      ? [
          `  Demo sign-in (organisation DEMO, password ${DEMO_PASSWORD}):`,
          ...demoUsers.map((user) => `    ${user.role.padEnd(11)} ${user.login}`),
        ]
      : []),
    '',
  ];
  console.log(lines.filter((line, index) => line !== '' || index === 0 || index === lines.length - 1).join('\n'));
}

void main();
