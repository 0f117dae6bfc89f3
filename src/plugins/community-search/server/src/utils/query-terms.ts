/**
 * Words that say "a person" rather than what the person does: "AI experts in Chennai" asks for
 * AI people in Chennai, so "experts" must neither narrow nor rank the results.
 */
const GENERIC_WORDS = new Set([
  'expert', 'experts', 'people', 'person', 'persons', 'someone', 'somebody', 'anyone', 'anybody', 'guy', 'guys',
  'member', 'members', 'professional', 'professionals', 'specialist', 'specialists', 'folks', 'contact',
  'contacts', 'friend', 'friends', 'alumni', 'alumnus', 'batchmate', 'batchmates', 'who', 'whom', 'any', 'some',
  'good', 'best', 'top', 'senior', 'seniors', 'help', 'me', 'my', 'i', 'we', 'us', 'our', 'a', 'an', 'the',
  'in', 'at', 'of', 'for', 'from', 'with', 'and', 'or', 'to', 'is', 'are', 'can', 'could', 'who', 'know',
  'knows', 'find', 'need', 'needs', 'want', 'looking', 'list', 'show', 'all', 'there', 'here', 'please',
]);

/** The meaningful words of a query's free text, lowercased, in order, without duplicates. */
export const meaningfulTerms = (text: string): string[] => {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .map((word) => word.trim())
    .filter((word) => word.length > 1 && !GENERIC_WORDS.has(word));
  return [...new Set(words)];
};

/** Shorter words match only whole: "ca" must not match "career". */
export const MIN_PREFIX_LENGTH = 4;

/** A full-text query that matches any of the words (longer ones by prefix), safe to pass to to_tsquery. */
export const toAnyWordTsQuery = (terms: string[]) =>
  terms
    .map((term) => term.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .map((term) => (term.length >= MIN_PREFIX_LENGTH ? `${term}:*` : term))
    .join(' | ');
