/** Exponential backoff: `baseMs`, twice that, four times… never more than `maxMs`. */
export const backoffMs = (attempt: number, baseMs: number, maxMs: number): number =>
  Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
