import { z } from 'zod';

import { parseQuery } from '../query-parser/rules-parser';
import type { CommunityVocabulary, FilterMatch, ListFilterField, SearchFilters, Synonym } from '../query-parser/types';

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
 * The community's own values a value the model wrote stands for, read by the rules parser against
 * the vocabulary (a misspelling, another name of a city, a synonym, a term of a known concept):
 * values of the field the model named when there are any, else of the one field the value names.
 */
const mapToVocabulary = (
  field: ListFilterField,
  value: string,
  vocabulary: CommunityVocabulary,
  synonyms: Synonym[]
): { field: ListFilterField; values: string[] } | null => {
  const { filters } = parseQuery({ text: value, vocabulary, synonyms });
  const sameField = filters[field];
  if (sameField && sameField.length > 0) return { field, values: sameField };
  const named = LIST_FIELDS.filter((other) => (filters[other]?.length ?? 0) > 0);
  return named.length === 1 ? { field: named[0], values: filters[named[0]] ?? [] } : null;
};

/**
 * Keeps only filter values the community really has, in the vocabulary's spelling: a value the
 * community has under another spelling or name is mapped to it (see mapToVocabulary), and one it
 * does not have at all is dropped into the free text, since a filter on a value nobody has would
 * silently empty the results.
 */
export const constrainToVocabulary = (output: LlmOutput, vocabulary: CommunityVocabulary, synonyms: Synonym[] = []) => {
  const filters: SearchFilters = {};
  const matches: FilterMatch[] = [];
  const leftover: string[] = [];
  const keep = (field: ListFilterField, value: string, term: string) => {
    const kept = filters[field] ?? [];
    if (!kept.includes(value)) filters[field] = [...kept, value];
    if (!matches.some((match) => match.field === field && match.value === value)) matches.push({ field, value, term });
  };

  for (const field of LIST_FIELDS) {
    const wanted = output.filters[field] ?? [];
    const known = new Map(vocabulary[field].map((value) => [value.toLowerCase(), value]));
    for (const value of wanted) {
      const term = output.terms?.[value] ?? value;
      const canonical = known.get(value.trim().toLowerCase());
      if (canonical) {
        keep(field, canonical, term);
        continue;
      }
      if (value.trim() === '') continue;
      const mapped = mapToVocabulary(field, value.trim(), vocabulary, synonyms);
      if (mapped) for (const mappedValue of mapped.values) keep(mapped.field, mappedValue, term);
      else leftover.push(value.trim());
    }
  }
  const graduationYear = cleanRange(output.filters.graduationYear);
  if (graduationYear) filters.graduationYear = graduationYear;
  const annualTurnoverInr = cleanRange(output.filters.annualTurnoverInr);
  if (annualTurnoverInr) filters.annualTurnoverInr = annualTurnoverInr;

  const text = [output.text.trim(), ...leftover].filter(Boolean).join(' ');
  return { filters, matches, text };
};
