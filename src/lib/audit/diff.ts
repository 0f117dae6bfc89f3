import type { FieldChanges } from './mask';

export type Snapshot = Record<string, unknown>;

/** Values as they are stored in the audit log's JSON: dates as ISO strings, nothing undefined. */
const normalise = (value: unknown): unknown => {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
};

/** A stable text form, so `{a, b}` equals `{b, a}` and 25000000 equals "25000000" (big integers). */
const canonical = (value: unknown): string => {
  const normalised = normalise(value);
  if (typeof normalised === 'number' || typeof normalised === 'bigint') return JSON.stringify(String(normalised));
  if (Array.isArray(normalised)) return `[${normalised.map(canonical).join(',')}]`;
  if (normalised && typeof normalised === 'object') {
    const entries = Object.entries(normalised as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(normalised);
};

export const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * The fields that differ between two snapshots, with their old and new values. A missing `before`
 * is a creation (every field that has a value), a missing `after` a deletion (every field that had one).
 */
export const diffSnapshots = (before: Snapshot | null, after: Snapshot | null, fields: readonly string[]): FieldChanges => {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const oldValue = normalise(before?.[field]);
    const newValue = normalise(after?.[field]);
    if (!sameValue(oldValue, newValue)) changes[field] = { old: oldValue, new: newValue };
  }
  return changes;
};
