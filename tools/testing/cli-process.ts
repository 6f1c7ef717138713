import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './api-process';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `stardesk` command as users do, in its own process, without DATABASE_URL unless given;
 * `input` is written to its standard input (e.g. for --password-stdin).
 */
export function runCli(args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'apps/cli/bin/stardesk.js'), ...args], {
      cwd: REPO_ROOT,
      env: { ...inherited, ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) child.stdin!.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
