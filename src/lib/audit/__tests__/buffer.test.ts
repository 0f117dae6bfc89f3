import { WriteBuffer } from '../buffer';

describe('WriteBuffer', () => {
  it('returns at once and writes later, in batches', async () => {
    const batches: number[][] = [];
    const buffer = new WriteBuffer<number>({ write: async (batch) => void batches.push(batch), onLoss: jest.fn(), maxBatch: 2, delayMs: 1000 });
    for (const n of [1, 2, 3]) buffer.push(n);
    await buffer.flush();
    expect(batches.flat()).toEqual([1, 2, 3]);
    expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(2);
  });

  it('writes on its own after a short delay', async () => {
    const written: number[] = [];
    const buffer = new WriteBuffer<number>({ write: async (batch) => void written.push(...batch), onLoss: jest.fn(), delayMs: 5 });
    buffer.push(1);
    expect(written).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toEqual([1]);
  });

  it('keeps the good entries of a failing batch and reports only how many were lost', async () => {
    const written: string[] = [];
    const onLoss = jest.fn();
    const buffer = new WriteBuffer<string>({
      write: async (batch) => {
        if (batch.includes('bad')) throw new Error('value too long');
        written.push(...batch);
      },
      onLoss,
    });
    ['a', 'bad', 'b'].forEach((entry) => buffer.push(entry));
    await expect(buffer.flush()).resolves.toBeUndefined();
    expect(written).toEqual(['a', 'b']);
    expect(onLoss).toHaveBeenCalledWith(1, 'value too long');
  });

  it('drops the oldest entries beyond its limit', async () => {
    const written: number[] = [];
    const onLoss = jest.fn();
    const buffer = new WriteBuffer<number>({ write: async (batch) => void written.push(...batch), onLoss, maxPending: 2, maxBatch: 10, delayMs: 1000 });
    [1, 2, 3].forEach((n) => buffer.push(n));
    await buffer.flush();
    expect(written).toEqual([2, 3]);
    expect(onLoss).toHaveBeenCalledWith(1, 'the buffer is full');
  });
});
