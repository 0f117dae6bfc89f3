import { z } from 'zod';

import type { Synonym } from '../services/query-parser/types';

/**
 * A community's own synonyms, kept in its `settings.synonyms` (editable by its admins), e.g.
 * `[{ "term": "skin doctor", "canonical": ["Dermatology"] }]`. Malformed entries are skipped so
 * one bad edit never breaks search.
 */
const synonymSchema = z.object({
  term: z.string().trim().min(1).max(100),
  canonical: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
});

/** The well-formed entries of a synonym list (from settings or a registered synonym source). */
export const parseSynonymList = (list: unknown): Synonym[] => {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const parsed = synonymSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
};

export const readCommunitySynonyms = (settings: unknown): Synonym[] =>
  parseSynonymList((settings as { synonyms?: unknown } | null | undefined)?.synonyms);

/**
 * The community's own synonyms first, then each source's in order: for a term defined twice, the
 * community's admins (then the earlier source) win.
 */
export const mergeSynonyms = (lists: Synonym[][]): Synonym[] => {
  const seen = new Set<string>();
  const merged: Synonym[] = [];
  for (const synonym of lists.flat()) {
    const key = synonym.term.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(synonym);
  }
  return merged;
};
