// @ts-check
'use strict';

/**
 * WEB_CONCURRENCY: several Strapi processes on one host behind one port (Node's cluster module;
 * the primary hands connections to the workers round-robin). Every piece of shared state already
 * lives in PostgreSQL or Redis, which is why more than one process needs both: the embedded
 * database takes one connection, and the in-process stores (sessions, rate limits, queues) would
 * split per process.
 */
const cluster = require('node:cluster');
const os = require('node:os');

const MAX_WEB_CONCURRENCY = 64;
/** A worker that dies this often within the window is failing at start-up: give up, loudly. */
const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;
const RESTART_DELAY_MS = 1_000;
/** Longer than the app's own graceful shutdown, so in-flight requests and jobs can finish. */
const SHUTDOWN_GRACE_MS = 30_000;

/**
 * Reads WEB_CONCURRENCY: unset or empty → 1; `auto` → the cores Node may use; otherwise a whole
 * number from 1 to 64.
 * @param {string | undefined} value
 * @returns {{ ok: true, count: number } | { ok: false, message: string }}
 */
const parseWebConcurrency = (value) => {
  const text = (value ?? '').trim();
  if (text === '') return { ok: true, count: 1 };
  if (text.toLowerCase() === 'auto') return { ok: true, count: Math.max(1, Math.min(MAX_WEB_CONCURRENCY, os.availableParallelism())) };
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_WEB_CONCURRENCY) {
    return { ok: false, message: `WEB_CONCURRENCY must be a whole number from 1 to ${MAX_WEB_CONCURRENCY}, or "auto" (got "${text}").` };
  }
  return { ok: true, count: Number(text) };
};

/**
 * What stops several web processes from sharing their state, as sentences for the operator.
 * @param {number} count
 * @param {NodeJS.ProcessEnv} env
 * @returns {string[]}
 */
const clusterBlockers = (count, env) => {
  if (count <= 1) return [];
  const blockers = [];
  if (!env.DATABASE_URL) {
    blockers.push(`WEB_CONCURRENCY=${count} needs DATABASE_URL: the embedded database serves one process.`);
  }
  if (!env.REDIS_URL) {
    blockers.push(`WEB_CONCURRENCY=${count} needs REDIS_URL: without it sessions, rate limits and queues live inside each process and would not be shared.`);
  }
  return blockers;
};

/**
 * Runs `count` copies of a Node.js program (`exec` with `args`) as cluster workers sharing their
 * listening port. The first worker starts alone (it may run database migrations); the others
 * start once it listens. A worker that exits unexpectedly is replaced; SIGTERM/SIGINT are passed
 * on and the primary exits when every worker has.
 * @param {{ count: number, exec: string, args: string[], cwd: string, log: (message: string) => void }} options
 * @returns {Promise<number>} the exit code for the primary
 */
const runWebCluster = ({ count, exec, args, cwd, log }) =>
  new Promise((resolve) => {
    cluster.setupPrimary({ exec, args, cwd });
    /** @type {number[]} */
    const crashes = [];
    let stopping = false;
    let exitCode = 0;
    let started = false;

    let listening = 0;
    const fork = () => {
      const worker = cluster.fork();
      worker.once('listening', () => {
        listening += 1;
        // Said once, when the whole set first listens: start-up scripts wait for this line.
        if (listening === count) log(`${count} web processes serve this port (WEB_CONCURRENCY=${count}).`);
        if (started) return;
        started = true;
        for (let i = 1; i < count; i += 1) fork();
      });
      return worker;
    };

    cluster.on('exit', (worker, code, signal) => {
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) resolve(exitCode);
        return;
      }
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
      if (crashes.length >= CRASH_LIMIT || !started) {
        log(
          started
            ? `web processes exited ${crashes.length} times within ${CRASH_WINDOW_MS / 1000} s; stopping (see the errors above).`
            : `the first web process exited (${signal ?? `code ${code}`}) before it listened; stopping (see the errors above).`
        );
        exitCode = 1;
        stop('SIGTERM');
        if (Object.keys(cluster.workers ?? {}).length === 0) resolve(exitCode);
        return;
      }
      log(`web process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting a new one.`);
      setTimeout(() => {
        if (!stopping) fork();
      }, RESTART_DELAY_MS).unref();
    });

    /** @param {NodeJS.Signals} signal */
    const stop = (signal) => {
      if (stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) {
        resolve(exitCode);
        return;
      }
      for (const worker of workers) worker?.process.kill(signal);
      setTimeout(() => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      }, SHUTDOWN_GRACE_MS).unref();
    };
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => stop(signal));

    fork();
  });

module.exports = { parseWebConcurrency, clusterBlockers, runWebCluster, MAX_WEB_CONCURRENCY };
