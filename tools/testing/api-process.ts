import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

export const REPO_ROOT = path.resolve(__dirname, '../..');
const API_ENTRY = path.join(REPO_ROOT, 'apps/api/dist/main.js');

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
}

/**
 * Runs the built API as a real process (exactly what `npm start` runs) and waits until /health answers.
 * NestJS 12 ships as ES modules, which Jest's module runtime cannot load on Node 20; a child process
 * also proves the real start-up path, configuration and shutdown.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  if (!existsSync(API_ENTRY)) throw new Error('apps/api is not built: run `npm run build` first (npm test does it for you).');
  const port = env['PORT'] ? Number(env['PORT']) : await freePort();
  // Uploaded files go to a private folder, never to the repository's .data/, unless the test says where.
  const filesDir = env['STARDESK_FILES_DIR'] || env['STARDESK_DATA_DIR'] ? null : mkdtempSync(path.join(tmpdir(), 'stardesk-files-'));
  const removeFiles = (): void => {
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  };
  let output = '';
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', STARDESK_SEED_DEMO: 'false', ...(filesDir ? { STARDESK_FILES_DIR: filesDir } : {}), ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', removeFiles);
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited during start-up (code ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API did not become healthy within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
