import type { Core } from '@strapi/strapi';

type ShutdownModule = typeof import('../shutdown-deadline');

/** A fresh copy of the module (it arms once per process) and a Strapi with just config and log. */
const load = (shutdownTimeoutMs: unknown) => {
  let shutdown: ShutdownModule | undefined;
  jest.isolateModules(() => {
    shutdown = jest.requireActual<ShutdownModule>('../shutdown-deadline');
  });
  const log = { error: jest.fn(), info: jest.fn(), warn: jest.fn() };
  const strapi = { config: { get: (key: string) => (key === 'ops.shutdownTimeoutMs' ? shutdownTimeoutMs : undefined) }, log } as unknown as Core.Strapi;
  return { arm: () => shutdown!.armShutdownDeadline(strapi), log };
};

describe('shutdown deadline', () => {
  const stopper = () => undefined;
  const signals = ['SIGTERM', 'SIGINT'] as const;
  let before: Map<string, Array<(...args: unknown[]) => void>>;
  beforeEach(() => {
    jest.useFakeTimers();
    before = new Map(signals.map((signal) => [signal, process.listeners(signal) as Array<(...args: unknown[]) => void>]));
  });
  afterEach(() => {
    // Only the listeners these tests added: Jest's own stay.
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.includes(listener)) process.off(signal, listener as (...args: unknown[]) => void);
      }
    }
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('forces the exit SHUTDOWN_TIMEOUT_MS after %s when stopping has not finished', (signal) => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const { arm, log } = load(3000);
    arm();
    // Strapi's own handler, which runs the (hanging) destroy.
    process.on(signal, stopper);
    process.emit(signal, signal);
    jest.advanceTimersByTime(2999);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(exit).toHaveBeenCalledWith(1);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('SHUTDOWN_TIMEOUT_MS (3000 ms)'));
  });

  it('arms once however many apps a process boots', () => {
    const { arm } = load(1000);
    arm();
    arm();
    expect(process.listenerCount('SIGTERM')).toBe((before.get('SIGTERM')?.length ?? 0) + 1);
  });

  it('leaves the signal its default effect when nothing else stops the app on it', () => {
    const kill = jest.spyOn(process, 'kill').mockImplementation(() => true);
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const { arm } = load(1000);
    // As under Jest with no app-stopping handler: only this module's listener.
    for (const listener of before.get('SIGTERM') ?? []) process.off('SIGTERM', listener as (...args: unknown[]) => void);
    arm();
    process.emit('SIGTERM', 'SIGTERM');
    for (const listener of before.get('SIGTERM') ?? []) process.on('SIGTERM', listener as (...args: unknown[]) => void);
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGTERM');
    jest.advanceTimersByTime(5000);
    expect(exit).not.toHaveBeenCalled();
  });

  it.each([0, -5, 2.5, Number.NaN, 'soon'])('refuses SHUTDOWN_TIMEOUT_MS=%p at start-up, naming the variable', (value) => {
    const { arm } = load(value);
    expect(arm).toThrow('SHUTDOWN_TIMEOUT_MS must be a positive whole number of milliseconds');
  });
});
