import path from 'node:path';
import { z } from 'zod';

/**
 * Database settings shared by the API and the CLI, read from the environment and validated once.
 * A bad value stops the process with a message naming the variable, instead of a stack trace later.
 */
const portSchema = z.coerce.number().int().min(1).max(65535);

const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: 'must be a postgres:// or postgresql:// URL',
    }),
  STARDESK_DATA_DIR: z.string().trim().min(1).default('.data'),
  EMBEDDED_PG_PORT: portSchema.default(54329),
});

export interface DatabaseConfig {
  /** External server; when absent the embedded PostgreSQL under `dataDir` is used. */
  databaseUrl: string | undefined;
  /** Absolute path holding the embedded database, files and keys. */
  dataDir: string;
  embeddedPort: number;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Turns zod issues into "VARIABLE: reason (got "value")" lines. */
export function describeIssues(error: z.ZodError, env: NodeJS.ProcessEnv): string[] {
  return error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? '');
    const got = env[variable];
    return `${variable}: ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`;
  });
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DatabaseConfig {
  const parsed = databaseEnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigurationError(describeIssues(parsed.error, env));
  return {
    databaseUrl: parsed.data.DATABASE_URL,
    dataDir: path.resolve(cwd, parsed.data.STARDESK_DATA_DIR),
    embeddedPort: parsed.data.EMBEDDED_PG_PORT,
  };
}

export { portSchema };
