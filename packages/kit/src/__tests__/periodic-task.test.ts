import { startPeriodicTask } from '../periodic-task';

describe('startPeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs first after firstRunMs, then every intervalMs, until stopped', async () => {
    const task = jest.fn().mockResolvedValue(undefined);
    const periodic = startPeriodicTask(task, { intervalMs: 1000, firstRunMs: 10, onError: jest.fn() });
    await jest.advanceTimersByTimeAsync(10);
    expect(task).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(2000);
    expect(task).toHaveBeenCalledTimes(3);
    await periodic.stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('reports a failed run and keeps the schedule', async () => {
    const onError = jest.fn();
    const task = jest.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(undefined);
    const periodic = startPeriodicTask(task, { intervalMs: 100, onError });
    await jest.advanceTimersByTimeAsync(100);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database down' }));
    await jest.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(2);
    await periodic.stop();
  });

  it('never starts a run while the previous one is still going, and waits for it on stop', async () => {
    let finish: () => void = () => undefined;
    const task = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const periodic = startPeriodicTask(task, { intervalMs: 100, onError: jest.fn() });
    await jest.advanceTimersByTimeAsync(350);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(2);
    let stopped = false;
    const stopping = periodic.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await jest.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('keeps a single timer, unref\'d so it never holds the process open', async () => {
    const unref = jest.spyOn(global, 'setTimeout');
    const periodic = startPeriodicTask(jest.fn().mockResolvedValue(undefined), { intervalMs: 100, onError: jest.fn() });
    expect(jest.getTimerCount()).toBe(1);
    const handle = unref.mock.results[0].value as { hasRef?: () => boolean };
    expect(handle.hasRef?.()).toBe(false);
    unref.mockRestore();
    await periodic.stop();
  });
});
