import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { freePort } from './services';

export type AppInstance = {
  name: string;
  url: string;
  logFile: string;
  stop(): Promise<void>;
  /**
   * Sends SIGTERM and measures how long the process takes to exit by itself; one still running
   * after `giveUpMs` is killed and reported with `exitedByItself: false`.
   */
  terminate(giveUpMs: number): Promise<{ elapsedMs: number; exitedByItself: boolean; code: number | null }>;
};

const root = path.resolve(__dirname, '..', '..', '..');

/**
 * Starts one app instance in its own Node.js process and waits until it listens. Its output goes
 * to `logFile` (JSON lines), which the tests read for stack traces.
 *
 * `strapi-start`: the production command (`strapi start` on the compiled app, with Strapi's own
 * signal handling), for tests of how the process stops; it cannot seed, and is ready when it says
 * it started. Otherwise tests/load/helpers/app-child.js, which can seed the load fixtures.
 */
export const startAppInstance = async (
  name: string,
  env: Record<string, string>,
  logDir: string,
  timeoutMs = 240_000,
  runner: 'app-child' | 'strapi-start' = 'app-child'
): Promise<AppInstance> => {
  const port = await freePort();
  const logFile = path.join(logDir, `${name}.log`);
  const log = fs.createWriteStream(logFile);
  const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [root] })), 'bin', 'strapi.js');
  const args = runner === 'strapi-start' ? [strapiBin, 'start'] : [path.join(__dirname, 'app-child.js')];
  const readyLine = runner === 'strapi-start' ? 'Strapi started successfully' : 'LOAD_APP_READY';
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.pipe(log, { end: false });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms (see ${logFile})`)), timeoutMs);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      buffered += chunk.toString('utf8');
      if (buffered.includes(readyLine)) {
        clearTimeout(timer);
        buffered = '';
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} while starting (see ${logFile})`));
    });
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    logFile,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
      log.end();
    },
    terminate: async (giveUpMs: number) => {
      const startedAt = Date.now();
      if (child.exitCode !== null) return { elapsedMs: 0, exitedByItself: true, code: child.exitCode };
      let killed = false;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      const killer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, giveUpMs);
      const code = await exited;
      clearTimeout(killer);
      log.end();
      return { elapsedMs: Date.now() - startedAt, exitedByItself: !killed, code };
    },
  };
};
