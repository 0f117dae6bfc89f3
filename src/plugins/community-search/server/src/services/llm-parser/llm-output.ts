import { z } from 'zod';

import type { CommunityVocabulary, FilterMatch, ListFilterField, SearchFilters } from '../query-parser/types';

const LIST_FIELDS: ListFilterField[] = [
  'city', 'state', 'country', 'skills', 'industry', 'designation', 'organization', 'degree', 'branch',
];

const range = z
  .strictObject({ min: z.number().int().nullable().optional(), max: z.number().int().nullable().optional() })
  .nullable()
  .optional();

const stringList = z.array(z.string().max(200)).max(50).nullable().optional();

/** The JSON the model is asked for; anything else is invalid output and falls back to rules. */
export const llmOutputSchema = z.object({
  filters: z
    .object({
      city: stringList,
      state: stringList,
      country: stringList,
      skills: stringList,
      industry: stringList,
      designation: stringList,
      organization: stringList,
      degree: stringList,
      branch: stringList,
      graduationYear: range,
      annualTurnoverInr: range,
    })
    .default({}),
  text: z.string().max(500).default(''),
  terms: z.record(z.string(), z.string().max(200)).optional(),
});

export type LlmOutput = z.infer<typeof llmOutputSchema>;

const cleanRange = (value: { min?: number | null; max?: number | null } | null | undefined) => {
  if (!value) return undefined;
  const result: { min?: number; max?: number } = {};
  if (typeof value.min === 'number') result.min = value.min;
  if (typeof value.max === 'number') result.max = value.max;
  return result.min === undefined && result.max === undefined ? undefined : result;
};

/**
 * Keeps only filter values the community really has (matched case-insensitively and returned in
 * the vocabulary's spelling): a model may invent values, and a filter on a value nobody has
 * would silently empty the results. Dropped values go back into the free text.
 */
export const constrainToVocabulary = (output: LlmOutput, vocabulary: CommunityVocabulary) => {
  const filters: SearchFilters = {};
  const matches: FilterMatch[] = [];
  const leftover: string[] = [];

  for (const field of LIST_FIELDS) {
    const wanted = output.filters[field] ?? [];
    const known = new Map(vocabulary[field].map((value) => [value.toLowerCase(), value]));
    const kept: string[] = [];
    for (const value of wanted) {
      const canonical = known.get(value.trim().toLowerCase());
      if (canonical) {
        if (!kept.includes(canonical)) kept.push(canonical);
        matches.push({ field, value: canonical, term: output.terms?.[value] ?? value });
      } else if (value.trim() !== '') {
        leftover.push(value.trim());
      }
    }
    if (kept.length > 0) filters[field] = kept;
  }
  const graduationYear = cleanRange(output.filters.graduationYear);
  if (graduationYear) filters.graduationYear = graduationYear;
  const annualTurnoverInr = cleanRange(output.filters.annualTurnoverInr);
  if (annualTurnoverInr) filters.annualTurnoverInr = annualTurnoverInr;

  const text = [output.text.trim(), ...leftover].filter(Boolean).join(' ');
  return { filters, matches, text };
};
