import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort } from '../../load/helpers/services';

/**
 * One docker-compose.yml project for a test run: its own name, volumes, secrets (a fresh env
 * file) and host port, so it never meets a developer's own stack.
 */
export type Stack = Awaited<ReturnType<typeof createStack>>;

const ROOT = path.resolve(__dirname, '../../..');

const secret = () => randomBytes(24).toString('hex');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const createStack = async () => {
  const compose = JSON.parse(process.env.CONTAINER_COMPOSE ?? '["docker","compose"]') as string[];
  const project = `cc-container-${process.pid}`;
  const port = await freePort();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-container-'));
  const settings = {
    POSTGRES_PASSWORD: secret(),
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    METRICS_TOKEN: secret(),
    // Production refuses to start without an SMS sender; nothing here sends one.
    TWILIO_ACCOUNT_SID: `AC${randomBytes(16).toString('hex')}`,
    TWILIO_AUTH_TOKEN: secret(),
    TWILIO_SMS_FROM: '+15005550006',
    APP_PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    APP_IMAGE: process.env.APP_IMAGE ?? 'community-connect:container-test',
    ...(['NODE_IMAGE', 'POSTGRES_IMAGE', 'REDIS_IMAGE'] as const).reduce(
      (images, name) => (process.env[name] ? { ...images, [name]: process.env[name] } : images),
      {} as Record<string, string>
    ),
  };
  const envFile = path.join(workDir, '.env');
  fs.writeFileSync(envFile, Object.entries(settings).map(([name, value]) => `${name}=${value}`).join('\n') + '\n', { mode: 0o600 });

  const run = (command: string, args: string[], options: SpawnSyncOptions = {}) => {
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
    return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
  };

  const composeArgs = (args: string[]) => [...compose.slice(1), '--project-name', project, '--env-file', envFile, '--file', 'docker-compose.yml', ...args];

  const composeRun = (args: string[], options: SpawnSyncOptions = {}) =>
    run(compose[0], composeArgs(args), options);

  /** For commands whose output is binary (a pg_dump archive). */
  const composeBinary = (args: string[]) => {
    const result = spawnSync(compose[0], composeArgs(args), { cwd: ROOT, maxBuffer: 1024 * 1024 * 1024 });
    return { status: result.status, stdout: result.stdout, stderr: String(result.stderr ?? '') };
  };

  const composeOk = (args: string[], options: SpawnSyncOptions = {}) => {
    const result = composeRun(args, options);
    if (result.status !== 0) throw new Error(`compose ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`.slice(-6000));
    return result.stdout;
  };

  const containerId = (service: string) => composeOk(['ps', '-q', service]).trim();

  const docker = (args: string[], options: SpawnSyncOptions = {}) => run('docker', args, options);

  const healthOf = (service: string) =>
    docker(['inspect', '-f', '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}', containerId(service)]).stdout.trim();

  const waitHealthy = async (service: string, timeoutMs = 180_000) => {
    const deadline = Date.now() + timeoutMs;
    let state = '';
    while (Date.now() < deadline) {
      state = healthOf(service);
      if (state === 'healthy') return;
      await sleep(2000);
    }
    throw new Error(`${service} not healthy after ${timeoutMs / 1000} s (last: ${state})\n${composeRun(['logs', '--no-color', '--tail', '80', service]).stdout}`);
  };

  return {
    project,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    settings,
    composeRun,
    composeBinary,
    composeOk,
    containerId,
    docker,
    healthOf,
    waitHealthy,
    /** `docker exec` in a service's container; input goes to its stdin. */
    exec: (service: string, command: string[], input?: string | Buffer) =>
      docker(['exec', ...(input === undefined ? [] : ['-i']), containerId(service), ...command], input === undefined ? {} : { input }),
    logs: (service: string) => docker(['logs', containerId(service)]),
    down: () => {
      composeRun(['down', '--volumes', '--remove-orphans']);
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
};
