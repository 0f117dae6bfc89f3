import type { ListFilterField } from './types';

/** One way to read a phrase: as these vocabulary values of this field. */
export type FieldOption = { field: ListFilterField; values: string[] };

/**
 * Everything a phrase can mean in this community, best reading first. A match uses the first
 * option unless its neighbours ask for another (a branch after a degree, a shared field in an OR).
 */
export type Reading = {
  options: FieldOption[];
  /** Only an organisation's name, which is matched exactly and never as a typo. */
  organizationOnly: boolean;
};

/** Adds options to a reading; a field already offered keeps its earlier (higher-priority) values. */
export function addOptions(reading: Reading, options: FieldOption[]): void {
  for (const option of options) {
    if (option.values.length === 0) continue;
    if (reading.options.some((existing) => existing.field === option.field)) continue;
    reading.options.push({ field: option.field, values: [...option.values] });
  }
}

export function readingSignature(reading: Reading): string {
  return reading.options.map((option) => `${option.field}:${option.values.join('|')}`).join(';');
}
