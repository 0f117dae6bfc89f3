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

export const readCommunitySynonyms = (settings: unknown): Synonym[] => {
  const list = (settings as { synonyms?: unknown } | null | undefined)?.synonyms;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const parsed = synonymSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
};
