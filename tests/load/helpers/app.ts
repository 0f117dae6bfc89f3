import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { freePort } from './services';

export type AppInstance = { name: string; url: string; logFile: string; stop(): Promise<void> };

/**
 * Starts one app instance in its own Node.js process and waits until it listens. Its output goes
 * to `logFile` (JSON lines), which the tests read for stack traces.
 */
export const startAppInstance = async (name: string, env: Record<string, string>, logDir: string, timeoutMs = 240_000): Promise<AppInstance> => {
  const port = await freePort();
  const logFile = path.join(logDir, `${name}.log`);
  const log = fs.createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'app-child.js')], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.pipe(log, { end: false });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms (see ${logFile})`)), timeoutMs);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      buffered += chunk.toString('utf8');
      if (buffered.includes('LOAD_APP_READY')) {
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
  };
};
