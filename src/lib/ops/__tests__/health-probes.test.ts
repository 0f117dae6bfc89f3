import { overallStatus, registerHealthProbe, runProbe } from '../health-probes';

describe('health probe registry', () => {
  it('reports an unregistered component as disabled, and forgets a probe once unregistered', async () => {
    expect(await runProbe('queue', 100)).toBe('disabled');
    const unregister = registerHealthProbe('queue', () => 'connected');
    expect(await runProbe('queue', 100)).toBe('connected');
    unregister();
    expect(await runProbe('queue', 100)).toBe('disabled');
  });

  it('reports a probe that throws, hangs or answers nonsense as down', async () => {
    const removers = [
      registerHealthProbe('thrower', async () => {
        throw new Error('ECONNREFUSED');
      }),
      registerHealthProbe('hanger', () => new Promise(() => undefined)),
      registerHealthProbe('liar', () => 'fine' as never),
    ];
    try {
      expect(await runProbe('thrower', 100)).toBe('down');
      expect(await runProbe('hanger', 50)).toBe('down');
      expect(await runProbe('liar', 100)).toBe('down');
    } finally {
      removers.forEach((remove) => remove());
    }
  });

  it('refuses names that would clash with the report', () => {
    expect(() => registerHealthProbe('status', () => 'connected')).toThrow(/lower-case words/);
    expect(() => registerHealthProbe('Queue!', () => 'connected')).toThrow(/lower-case words/);
  });

  it('is down only with the database, degraded when anything else is not connected', () => {
    expect(overallStatus({ database: 'connected', redis: 'disabled', llm: 'connected', queue: 'disabled' })).toBe('ok');
    expect(overallStatus({ database: 'connected', redis: 'down', llm: 'connected', queue: 'disabled' })).toBe('degraded');
    expect(overallStatus({ database: 'connected', redis: 'connected', llm: 'degraded', queue: 'disabled' })).toBe('degraded');
    expect(overallStatus({ database: 'down', redis: 'connected', llm: 'connected', queue: 'connected' })).toBe('down');
  });
});
