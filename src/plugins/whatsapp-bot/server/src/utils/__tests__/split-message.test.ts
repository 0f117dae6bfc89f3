import { splitMessage } from '../split-message';

describe('splitMessage', () => {
  it('keeps a short text whole', () => {
    expect(splitMessage('one\ntwo', 1600)).toEqual(['one\ntwo']);
  });

  it('splits on line boundaries, every part within the limit, nothing lost', () => {
    const lines = Array.from({ length: 40 }, (_, index) => `${index + 1}. ${'word '.repeat(10).trim()}`);
    const parts = splitMessage(lines.join('\n'), 200);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(200);
    expect(parts.join('\n').split('\n')).toEqual(lines);
  });

  it('cuts a single over-long line at a space', () => {
    const line = 'alpha '.repeat(100).trim();
    const parts = splitMessage(line, 100);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(part.startsWith(' ') || part.endsWith(' ')).toBe(false);
    }
    expect(parts.join(' ')).toBe(line);
  });

  it('cuts a line without spaces at the limit', () => {
    const parts = splitMessage('x'.repeat(250), 100);
    expect(parts.map((part) => part.length)).toEqual([100, 100, 50]);
  });
});
