import type { FilterMatch, ListFilterField, ParsedQuery, SearchFilters } from '../query-parser/types';
import { LIST_FIELDS } from '../query-parser/vocabulary-index';

/** Fields that say what kind of person is wanted: with none of them, a profession nobody has stays unmet. */
const PROFESSION_FIELDS: readonly ListFilterField[] = ['skills', 'designation', 'industry'];

/**
 * The LLM's reading merged with the offline rules parser's, so that a weaker model never does
 * worse than the offline default: a constraint the rules found and the model missed (a misspelt
 * city, a batch year, a turnover range) is kept; where both name values of one field, either
 * value answers (values of one field are alternatives). The model's free text stays, and the
 * rules' unmet words ("astronaut") stay when the merged filters name no profession at all.
 */
export function mergeWithRules(llm: ParsedQuery, rules: ParsedQuery): ParsedQuery {
  const filters: SearchFilters = { ...llm.filters };
  const matches: FilterMatch[] = [...llm.matches];
  const knownMatch = (match: FilterMatch) => matches.some((seen) => seen.field === match.field && seen.value === match.value);

  for (const field of LIST_FIELDS) {
    const fromRules = rules.filters[field] ?? [];
    if (fromRules.length === 0) continue;
    const fromLlm = filters[field] ?? [];
    filters[field] = [...fromLlm, ...fromRules.filter((value) => !fromLlm.includes(value))];
  }
  for (const field of ['graduationYear', 'annualTurnoverInr'] as const) {
    if (!filters[field] && rules.filters[field]) filters[field] = rules.filters[field];
  }
  for (const match of rules.matches) {
    const field = match.field;
    const used = field === 'graduationYear' || field === 'annualTurnoverInr' ? filters[field] === rules.filters[field] : true;
    if (used && !knownMatch(match)) matches.push(match);
  }

  const namesProfession = PROFESSION_FIELDS.some((field) => (filters[field]?.length ?? 0) > 0);
  const unmet = namesProfession ? undefined : rules.unmet;
  return { ...llm, filters, matches, ...(unmet && unmet.length > 0 ? { unmet } : {}) };
}
