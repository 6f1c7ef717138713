import path from 'node:path';
import { ConfigurationError, describeIssues, portSchema, readDatabaseConfig, type DatabaseConfig } from '@stardesk/database';
import { DEFAULT_MAX_ATTACHMENT_MB, MAX_ATTACHMENT_MB_LIMIT, bytesOfMegabytes } from '@stardesk/domain';
import { z } from 'zod';
import type { FilesOptions } from '../files/files-options';
import { DEFAULT_HARDENING, type HardeningOptions } from '../hardening/hardening.plugin';
import { DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE } from '../hardening/login-rate-limit';
import type { JobsOptions } from '../jobs/jobs-options';

const appEnvSchema = z.object({
  PORT: portSchema.default(3000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STARDESK_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  STARDESK_WEB_DIST: z.string().trim().min(1).optional(),
  // Background jobs (pg-boss, in the schema "pgboss" of the API's database). On by default; every API
  // process may run them, since pg-boss hands each job to one process. STARDESK_JOBS=false turns the
  // scheduler off in this process (e.g. for a read-only replica, or tests that trigger runs by hand).
  STARDESK_JOBS: z.enum(['true', 'false']).default('true'),
  // How often pg-boss looks for a schedule that is due (1–45 s). Schedules have one-minute resolution;
  // a short check makes the first run follow start-up promptly (the integration test uses 1).
  STARDESK_JOBS_CHECK_SECONDS: z.coerce.number().int().min(1).max(45).default(30),
  // When the complaint escalation job runs: a cron expression in UTC, at most once a minute.
  STARDESK_COMPLAINT_ESCALATION_CRON: z.string().trim().min(1).default('* * * * *'),
  // Attachments: where their content is kept (default <STARDESK_DATA_DIR>/files) and the largest upload.
  STARDESK_FILES_DIR: z.string().trim().min(1).optional(),
  // The key that signs access tokens (at least 32 characters). Without it each process picks a random
  // one: access tokens then end with the process and clients refresh them (sessions live in the database).
  // Set it when several API processes serve one site.
  STARDESK_AUTH_SECRET: z.string().min(32).optional(),
  STARDESK_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(MAX_ATTACHMENT_MB_LIMIT).default(DEFAULT_MAX_ATTACHMENT_MB),
  // GraphQL hardening (core/hardening): nesting depth, cost (fields × page sizes), body size of
  // operations without files, and mutations per second per client (0 = no limit, e.g. for benchmarks).
  STARDESK_MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULT_HARDENING.maxDepth),
  STARDESK_MAX_QUERY_COST: z.coerce.number().int().min(10).max(10_000_000).default(DEFAULT_HARDENING.maxCost),
  STARDESK_MAX_BODY_KB: z.coerce.number().int().min(16).max(30 * 1024).default(DEFAULT_HARDENING.maxBodyBytes / 1024),
  STARDESK_MUTATION_RATE: z.coerce.number().min(0).max(1_000_000).default(DEFAULT_HARDENING.mutationRatePerSecond),
  // Sign-in attempts a minute per client address (a login name gets half); 0 = off.
  STARDESK_LOGIN_RATE: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE),
  STARDESK_MUTATION_BURST: z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_HARDENING.mutationBurst),
});

export interface AppConfig {
  port: number;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: string;
  /** Seed the demo organisation when the database holds no organisation yet. */
  seedDemoWhenEmpty: boolean;
  /** Folder of the built web app served at `/`. */
  webDist: string;
  database: DatabaseConfig;
  jobs: JobsOptions;
  files: FilesOptions;
  auth: { secret?: string; loginAttemptsPerMinute: number };
  hardening: HardeningOptions;
}

/** Reads and validates every setting at start-up; throws ConfigurationError listing each bad variable. */
export function readAppConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const parsed = appEnvSchema.safeParse(env);
  if (!parsed.success) problems.push(...describeIssues(parsed.error, env));
  let database: DatabaseConfig | undefined;
  try {
    database = readDatabaseConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigurationError) problems.push(...error.problems);
    else throw error;
  }
  if (!parsed.success || !database) throw new ConfigurationError(problems);
  return {
    port: parsed.data.PORT,
    nodeEnv: parsed.data.NODE_ENV,
    logLevel: parsed.data.LOG_LEVEL,
    seedDemoWhenEmpty: parsed.data.STARDESK_SEED_DEMO === 'true',
    webDist: path.resolve(cwd, parsed.data.STARDESK_WEB_DIST ?? 'apps/web/dist'),
    database,
    jobs: {
      enabled: parsed.data.STARDESK_JOBS === 'true',
      checkIntervalSeconds: parsed.data.STARDESK_JOBS_CHECK_SECONDS,
      complaintEscalationCron: parsed.data.STARDESK_COMPLAINT_ESCALATION_CRON,
    },
    auth: {
      ...(parsed.data.STARDESK_AUTH_SECRET ? { secret: parsed.data.STARDESK_AUTH_SECRET } : {}),
      loginAttemptsPerMinute: parsed.data.STARDESK_LOGIN_RATE,
    },
    files: {
      dir: path.resolve(cwd, parsed.data.STARDESK_FILES_DIR ?? path.join(database.dataDir, 'files')),
      maxUploadBytes: bytesOfMegabytes(parsed.data.STARDESK_UPLOAD_MAX_MB),
    },
    hardening: {
      maxDepth: parsed.data.STARDESK_MAX_QUERY_DEPTH,
      maxCost: parsed.data.STARDESK_MAX_QUERY_COST,
      maxBodyBytes: parsed.data.STARDESK_MAX_BODY_KB * 1024,
      mutationRatePerSecond: parsed.data.STARDESK_MUTATION_RATE,
      mutationBurst: parsed.data.STARDESK_MUTATION_BURST,
    },
  };
}
