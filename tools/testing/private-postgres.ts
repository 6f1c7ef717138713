import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './api-process';

export interface PrivatePostgres {
  url: string;
  /** Stops the server (fast shutdown: open connections are cut) and waits until it is down. */
  stop(): Promise<void>;
}

/** Starts (or restarts) a private embedded PostgreSQL on `dataDir` and `port` in a helper process. */
export function startPrivatePostgres(dataDir: string, port: number): Promise<PrivatePostgres> {
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO_ROOT, 'tools/testing/private-postgres-server.mjs'), dataDir, String(port)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (\S+)/.exec(output);
      if (match) {
        resolve({
          url: match[1]!,
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`private PostgreSQL exited (${code}): ${output}`)));
  });
}
