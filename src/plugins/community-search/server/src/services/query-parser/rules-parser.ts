import { findGraduationYears } from './graduation-years';
import { translateHinglish } from './hinglish';
import { lexiconFor, type Lexicon } from './lexicon';
import { combineRanges, describeTurnover, describeYears } from './numbers';
import { findNeeds } from './needs';
import { findOwnership } from './ownership';
import { findPhrases } from './phrase-match';
import { buildListFilters } from './list-filters';
import { singularLastWord } from './normalize';
import { CAPS_ONLY_KEYS, STOPWORDS } from './stopwords';
import { tokenize } from './tokenize';
import { TokenUses } from './token-uses';
import { findTurnover } from './turnover';
import type { FilterMatch, ParseInput, ParsedQuery, QueryParser } from './types';

/** Longer queries are cut here; nobody types a member search this long, and it bounds the work. */
const MAX_QUERY_LENGTH = 500;

/** Words that stay for full-text and semantic ranking: not used by a filter, not filler, not punctuation. */
function remainingText(uses: TokenUses): string {
  return uses.tokens
    .filter((token, index) => uses.useOf(index) !== 'filter' && token.kind !== 'symbol' && !STOPWORDS.has(token.norm))
    .map((token) => (/\p{L}\.\p{L}/u.test(token.raw) ? token.raw : token.raw.replace(/[.'’]+$/u, '')))
    .join(' ');
}

/** Free words that name a known concept nobody here has, longest first ("veterinary surgeon" before "surgeon"). */
function findUnmet(uses: TokenUses, lexicon: Lexicon): string[] {
  const unmet: string[] = [];
  const { tokens } = uses;
  for (let start = 0; start < tokens.length; start++) {
    for (let end = Math.min(tokens.length, start + 3); end > start; end--) {
      let free = true;
      for (let index = start; index < end; index++) free = free && uses.isFree(index) && tokens[index].kind === 'word';
      if (!free) continue;
      const key = tokens.slice(start, end).map((token) => token.norm).join(' ');
      if (lexicon.absentTerms.has(key) || lexicon.absentTerms.has(singularLastWord(key) ?? '')) {
        unmet.push(uses.typed(start, end));
        start = end - 1;
        break;
      }
    }
  }
  return unmet;
}

/** A single token that names one of the community's degrees ("MBA", "B.Tech"). */
function isDegreeToken(uses: TokenUses, lexicon: Lexicon, index: number): boolean {
  const token = uses.tokens[index];
  if (!token || token.kind !== 'word' || !uses.isFree(index)) return false;
  if (CAPS_ONLY_KEYS.has(token.norm) && !token.caps) return false;
  return lexicon.readings.get(token.norm)?.options[0]?.field === 'degree';
}

/**
 * Parses a plain-language member search offline and deterministically. Amounts and years are read
 * first (so "2 crore" or "batch of 98" are never names), then ownership phrases ("runs a
 * factory"), then names and terms, longest first. Filter values always come from the community's
 * vocabulary, except the year and turnover ranges.
 */
export function parseQuery({ text, vocabulary, synonyms }: ParseInput): ParsedQuery {
  const lexicon = lexiconFor(vocabulary, synonyms ?? []);
  const query = translateHinglish((text ?? '').slice(0, MAX_QUERY_LENGTH), (word) => lexicon.readings.has(word));
  const uses = new TokenUses(tokenize(query), query);

  const turnover = findTurnover(uses);
  const years = findGraduationYears(uses, (index) => isDegreeToken(uses, lexicon, index));
  const phrases = [...findOwnership(uses, lexicon), ...findNeeds(uses, lexicon), ...findPhrases(uses, lexicon)];
  const { filters, reasons } = buildListFilters(phrases, uses.tokens);

  const graduationYear = combineRanges(
    years.filter((year) => year.kind === 'span').map((year) => year.range),
    years.filter((year) => year.kind === 'bound').map((year) => year.range)
  );
  if (graduationYear) {
    filters.graduationYear = graduationYear;
    const value = describeYears(graduationYear);
    for (const year of years)
      reasons.push({ start: year.start, match: { field: 'graduationYear', value, term: year.term } });
  }

  const annualTurnoverInr = combineRanges(
    [],
    turnover.map((finding) => finding.range)
  );
  if (annualTurnoverInr) {
    filters.annualTurnoverInr = annualTurnoverInr;
    const value = describeTurnover(annualTurnoverInr);
    for (const finding of turnover)
      reasons.push({ start: finding.start, match: { field: 'annualTurnoverInr', value, term: finding.term } });
  }

  const matches: FilterMatch[] = reasons.sort((a, b) => a.start - b.start).map((reason) => reason.match);
  const unmet = findUnmet(uses, lexicon);
  return { parser: 'rules', filters, text: remainingText(uses), matches, ...(unmet.length > 0 ? { unmet } : {}) };
}

/** The offline rules parser: no network, no model, the same answer for the same input. */
export function createRulesParser(): QueryParser {
  return {
    name: 'rules',
    async parse(input: ParseInput): Promise<ParsedQuery> {
      return parseQuery(input);
    },
  };
}
