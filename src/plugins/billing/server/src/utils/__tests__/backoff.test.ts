import { backoffMs } from '../backoff';
import { rawBodyOf } from '../raw-body';

describe('backoffMs', () => {
  it('doubles from the base up to the cap', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 1000, 5000))).toEqual([1000, 2000, 4000, 5000]);
    expect(backoffMs(500, 1000, 3_600_000)).toBe(3_600_000);
  });
});

describe('rawBodyOf', () => {
  it("reads koa-body's unparsed text, or a text body as it came", () => {
    const parsed: Record<string | symbol, unknown> = { id: 'evt_1' };
    parsed[Symbol.for('unparsedBody')] = '{"id": "evt_1"}';
    expect(rawBodyOf({ body: parsed })).toBe('{"id": "evt_1"}');
    expect(rawBodyOf({ body: 'raw text' })).toBe('raw text');
    expect(rawBodyOf({ body: { id: 'evt_1' } })).toBeUndefined();
    expect(rawBodyOf({})).toBeUndefined();
  });
});
