// Child processes of the harness: the CLI (timed, with its peak memory) and a free local port.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const CLI = path.join(ROOT, 'apps/cli/bin/stardesk.js');
const MAX_RSS = path.join(import.meta.dirname, 'max-rss.cjs');

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs a node script as a child process and resolves with its exit code, output, wall time (ms) and
 * peak resident set (MiB) and CPU seconds (both measured inside the child). Output is echoed with `echo` (e.g. progress).
 */
export function runNode(script, args, { env = {}, echo = false, timeoutMs = null } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'stardesk-bench-rss-'));
  const rssFile = path.join(dir, 'max-rss');
  const cpuFile = path.join(dir, 'cpu');
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', MAX_RSS, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, STARDESK_LOCALE: 'en', ...env, BENCH_MAX_RSS_FILE: rssFile, BENCH_CPU_FILE: cpuFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (echo) process.stderr.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (echo) process.stderr.write(chunk);
    });
    // No time limit unless asked: a 1 M seed on a busy machine takes over half an hour.
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGTERM'), timeoutMs) : null;
    child.once('error', reject);
    child.once('exit', (code) => {
      if (timer) clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const read = (file) => {
        try {
          return Number(readFileSync(file, 'utf8'));
        } catch {
          return null; // the child died before writing it
        }
      };
      const peakRssMiB = read(rssFile) === null ? null : read(rssFile) / 1024;
      const cpuSeconds = read(cpuFile);
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr, ms, peakRssMiB, cpuSeconds });
    });
  });
}

/** Runs `stardesk <args>`; rejects with its output when it fails. */
export async function runCli(args, options = {}) {
  const run = await runNode(CLI, args, options);
  if (run.code !== 0) throw new Error(`stardesk ${args.join(' ')} exited with ${run.code}:\n${run.stdout}\n${run.stderr}`.slice(0, 4000));
  return run;
}
