import net from 'node:net';

import { ReplyError } from 'ioredis';

import { closeUnavailableRedisConnections, isRedisUnavailableError, openRedisConnection, RedisUnavailableError, type RedisConnection } from '../redis-connection';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const INFO_BODY = '# Server\r\nredis_version:7.0.0\r\nloading:0\r\n';
/** The answer to INFO (ioredis' ready check), as a RESP bulk string. */
const INFO_REPLY = `$${Buffer.byteLength(INFO_BODY)}\r\n${INFO_BODY}\r\n`;

/**
 * A stand-in Redis speaking just enough RESP: it answers the connection set-up, and other commands
 * as `mode` says: at once, with an error reply, or not until `resume()` (a Redis that hangs, then
 * answers everything it was sent, in order). `port` starts it again where an earlier one was.
 */
const startFakeRedis = async (port = 0) => {
  const state = { mode: 'answer' as 'answer' | 'hang' | 'error', commands: [] as string[], connections: 0 };
  const sockets = new Set<net.Socket>();
  const held: Array<() => void> = [];
  const answer = (socket: net.Socket, command: string) => {
    if (state.mode === 'error') return socket.write('-WRONGTYPE Operation against a key holding the wrong kind of value\r\n');
    if (command === 'ping') return socket.write('+PONG\r\n');
    return socket.write('$-1\r\n');
  };
  const reply = (socket: net.Socket, command: string) => {
    if (command === 'info') return socket.write(INFO_REPLY);
    if (command === 'client') return socket.write('+OK\r\n');
    if (command === 'quit') return socket.end('+OK\r\n');
    state.commands.push(command);
    if (state.mode === 'hang' || held.length > 0) return held.push(() => answer(socket, command));
    return answer(socket, command);
  };
  const server = net.createServer((socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      // Commands arrive as arrays of bulk strings: *N, then $len and the word, N times.
      for (;;) {
        const match = /^\*(\d+)\r\n/.exec(buffered);
        if (!match) return;
        const lines = buffered.slice(match[0].length).split('\r\n');
        const count = Number(match[1]);
        if (lines.length < count * 2 + 1) return;
        const words = Array.from({ length: count }, (_, index) => lines[index * 2 + 1]);
        buffered = lines.slice(count * 2).join('\r\n');
        reply(socket, words[0].toLowerCase());
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const boundPort = (server.address() as net.AddressInfo).port;
  return {
    state,
    port: boundPort,
    url: `redis://127.0.0.1:${boundPort}`,
    resume() {
      state.mode = 'answer';
      held.splice(0).forEach((send) => send());
    },
    /** Redis goes away: the listener closes and open connections are cut. */
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
};

type Logged = { info: string[]; warn: string[] };
const recordingLog = () => {
  const logged: Logged = { info: [], warn: [] };
  return { logged, log: { info: (line: string) => logged.info.push(line), warn: (line: string) => logged.warn.push(line) } };
};

describe('Redis connection: command timeout and circuit', () => {
  const opened: RedisConnection[] = [];
  const open = (settings: Parameters<typeof openRedisConnection>[0]) => {
    const connection = openRedisConnection(settings);
    opened.push(connection);
    return connection;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((connection) => connection.close()));
    jest.restoreAllMocks();
  });

  it('refuses at once while nothing listens, logs the outage once (not per reconnect) and never through console', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { logged, log } = recordingLog();
    // Port 1: every connection attempt is refused.
    // A command timeout far above the bound below: "at once" must not mean "after the timeout",
    // and a busy CI machine (73 ms seen for 20 refusals) must not fail a refusal that was immediate.
    const connection = open({ url: 'redis://127.0.0.1:1', name: 'refused', log, commandTimeoutMs: 3000 });
    expect(await connection.whenReady(300)).toBe(false);
    const startedAt = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => connection.run((client) => client.get('key'))));
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(results.every((result) => result.status === 'rejected' && isRedisUnavailableError(result.reason))).toBe(true);
    expect(connection.isOpen()).toBe(true);
    // Several reconnect attempts fail in this time (every 100-200 ms): one line says so.
    await sleep(1000);
    expect(logged.warn).toHaveLength(1);
    expect(logged.warn[0]).toMatch(/^redis \(refused\): unavailable \(ECONNREFUSED\)/);
    // No host, port or URL in the log line.
    expect(logged.warn[0]).not.toMatch(/127\.0\.0\.1|:1\b|redis:\/\//);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('times a hanging command out, then fails fast without sending, until a half-open probe finds Redis answering', async () => {
    const redis = await startFakeRedis();
    const { logged, log } = recordingLog();
    const connection = open({ url: redis.url, name: 'hanging', log, commandTimeoutMs: 150, probeIntervalMs: 400 });
    expect(await connection.whenReady(2000)).toBe(true);
    expect(await connection.run((client) => client.get('key'))).toBeNull();
    expect(connection.isOpen()).toBe(false);

    redis.state.mode = 'hang';
    // Each command gives up after the timeout; one or two in a row may be this process stalling,
    // the third opens the circuit.
    for (const expectedOpen of [false, false, true]) {
      const startedAt = Date.now();
      await expect(connection.run((client) => client.get('key'))).rejects.toBeInstanceOf(RedisUnavailableError);
      const timedOutAfter = Date.now() - startedAt;
      expect(timedOutAfter).toBeGreaterThanOrEqual(140);
      expect(timedOutAfter).toBeLessThan(600);
      expect(connection.isOpen()).toBe(expectedOpen);
    }
    expect(logged.warn).toEqual([expect.stringMatching(/^redis \(hanging\): unavailable/)]);

    // Open: refused at once, and nothing reaches Redis.
    const sentBefore = redis.state.commands.length;
    const startedAt = Date.now();
    await expect(connection.run((client) => client.get('key'))).rejects.toBeInstanceOf(RedisUnavailableError);
    expect(Date.now() - startedAt).toBeLessThan(20);
    expect(redis.state.commands.length).toBe(sentBefore);

    // Half-open: after the probe interval one command goes through; Redis answers (the late replies
    // to the timed-out commands first), the circuit closes.
    redis.resume();
    await sleep(450);
    expect(await connection.run((client) => client.get('key'))).toBeNull();
    expect(connection.isOpen()).toBe(false);
    expect(logged.info).toEqual([expect.stringMatching(/^redis \(hanging\): answering again/)]);
    await redis.stop();
  });

  it('passes Redis error replies on without opening the circuit (an answer, not an outage)', async () => {
    const redis = await startFakeRedis();
    const { logged, log } = recordingLog();
    const connection = open({ url: redis.url, name: 'replies', log, commandTimeoutMs: 250 });
    await connection.whenReady(2000);
    redis.state.mode = 'error';
    await expect(connection.run((client) => client.get('key'))).rejects.toBeInstanceOf(ReplyError);
    expect(connection.isOpen()).toBe(false);
    expect(logged.warn).toEqual([]);
    await redis.stop();
  });

  it('notices a lost connection, calls recovery listeners when Redis is back', async () => {
    const redis = await startFakeRedis();
    const { logged, log } = recordingLog();
    const connection = open({ url: redis.url, name: 'lost', log, commandTimeoutMs: 250 });
    await connection.whenReady(2000);
    const recovered = jest.fn();
    connection.onRecovered(recovered);
    await redis.stop();
    await sleep(100);
    expect(connection.isOpen()).toBe(true);
    await expect(connection.run((client) => client.ping())).rejects.toBeInstanceOf(RedisUnavailableError);
    // Redis comes back on the same port.
    const back = await startFakeRedis(redis.port);
    expect(await connection.whenReady(3000)).toBe(true);
    expect(await connection.run((client) => client.ping())).toBe('PONG');
    expect(recovered).toHaveBeenCalledTimes(1);
    expect(logged.info).toEqual([expect.stringMatching(/^redis \(lost\): answering again/)]);
    await connection.close();
    await back.stop();
  });

  it('closes at once while Redis is away and stops reconnecting; a stopping process drops only the unavailable connections', async () => {
    const up = await startFakeRedis();
    const down = await startFakeRedis();
    const { log } = recordingLog();
    const healthy = open({ url: up.url, name: 'healthy', log, commandTimeoutMs: 250 });
    const dead = open({ url: down.url, name: 'dead', log, commandTimeoutMs: 250 });
    await Promise.all([healthy.whenReady(2000), dead.whenReady(2000)]);
    await down.stop();
    await sleep(100);
    const startedAt = Date.now();
    expect(await closeUnavailableRedisConnections()).toBe(1);
    expect(Date.now() - startedAt).toBeLessThan(100);
    await expect(dead.run((client) => client.ping())).rejects.toBeInstanceOf(RedisUnavailableError);
    // Redis comes back, and the closed connection does not: it stopped reconnecting.
    const back = await startFakeRedis(down.port);
    await sleep(2500);
    expect(back.state.connections).toBe(0);
    // The connected one is left to its owner, and still works.
    expect(await healthy.run((client) => client.ping())).toBe('PONG');
    await Promise.all([up.stop(), back.stop()]);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a command timeout of %p ms with the variable to fix', (commandTimeoutMs) => {
    const { log } = recordingLog();
    expect(() => openRedisConnection({ url: 'redis://127.0.0.1:1', name: 'bad', log, commandTimeoutMs })).toThrow(
      'REDIS_COMMAND_TIMEOUT_MS must be a positive whole number of milliseconds'
    );
  });
});
