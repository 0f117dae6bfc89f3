// @ts-check
'use strict';

/**
 * The load generator of the benchmarks, in its own process (never the server's): started with
 * `runLoadInChildProcess`, it sends each of `paths` once from `concurrency` keep-alive clients and
 * reports latency percentiles and throughput. A client's own work (undici, reading bodies) is
 * billed to its own process, so the server's numbers are the server's.
 */
const { fork } = require('node:child_process');

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * @typedef {{ baseUrl: string, headers: Record<string, string>, paths: string[], concurrency: number }} LoadPlan
 * @typedef {{ requests: number, failures: number, statuses: Record<string, number>, requestsPerSecond: number, p50: number, p95: number, p99: number, max: number }} LoadResult
 */

/** @param {LoadPlan} plan @returns {Promise<LoadResult>} */
const runLoad = async ({ baseUrl, headers, paths, concurrency }) => {
  const latencies = [];
  /** @type {Record<string, number>} */
  const statuses = {};
  let next = 0;
  let failures = 0;
  const client = async () => {
    for (;;) {
      const index = next++;
      if (index >= paths.length) return;
      const started = performance.now();
      let status = 'error';
      try {
        const response = await fetch(`${baseUrl}${paths[index]}`, { headers });
        await response.arrayBuffer();
        status = String(response.status);
      } catch {
        // counted below as a failure
      }
      latencies.push(performance.now() - started);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (!status.startsWith('2')) failures += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (value) => Number(value.toFixed(1));
  return {
    requests: paths.length,
    failures,
    statuses,
    requestsPerSecond: round(paths.length / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies[latencies.length - 1]),
  };
};

/** @param {LoadPlan} plan @returns {Promise<LoadResult>} */
const runLoadInChildProcess = (plan) =>
  new Promise((resolve, reject) => {
    const child = fork(__filename, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (result) => {
      resolve(/** @type {LoadResult} */ (result));
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
    child.send(plan);
  });

if (require.main === module) {
  process.once('message', (plan) => {
    runLoad(/** @type {LoadPlan} */ (plan)).then(
      (result) => process.send?.(result),
      (error) => {
        console.error(error);
        process.exit(1);
      }
    );
  });
}

module.exports = { runLoadInChildProcess, runLoad };
