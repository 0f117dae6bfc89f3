import { describeTurnover, describeYears } from '../services/query-parser/numbers';
import type { FilterField, FilterMatch, SearchFilters } from '../services/query-parser/types';

/**
 * What the user stated outright and search keeps as long as it can when filters leave nobody:
 * where, when, at which employer, how large. What a person does (skills, role, industry, degree,
 * branch) is an interpretation of their words, and the words can still rank people by meaning.
 */
export const STATED_CONSTRAINT_FIELDS: readonly FilterField[] = ['city', 'state', 'country', 'organization', 'graduationYear', 'annualTurnoverInr'];
export const TOPIC_FILTER_FIELDS: readonly FilterField[] = ['skills', 'designation', 'industry', 'degree', 'branch'];

const PLACE_FIELDS = new Set<FilterField>(['city', 'state', 'country']);

const listOf = (values: string[]) => (values.length <= 2 ? values.join(' or ') : `${values.slice(0, 2).join(', ')} or ${values.length - 2} more`);

/** "in Chennai", "at Zoho", "graduated 2005": how a stated constraint reads in a sentence. */
function describeConstraint(field: FilterField, filters: SearchFilters): string | null {
  if (field === 'graduationYear') return filters.graduationYear ? `graduated ${describeYears(filters.graduationYear)}` : null;
  if (field === 'annualTurnoverInr') return filters.annualTurnoverInr ? `with turnover ${describeTurnover(filters.annualTurnoverInr)}` : null;
  const values = filters[field];
  if (!values || values.length === 0) return null;
  return `${field === 'organization' ? 'at' : 'in'} ${listOf(values)}`;
}

const whereElse: Partial<Record<FilterField, string>> = {
  city: 'elsewhere',
  state: 'elsewhere',
  country: 'elsewhere',
  organization: 'at other organisations',
  graduationYear: 'from other years',
  annualTurnoverInr: 'of other sizes',
};

/** What the user typed for the topic fields that were dropped ("engineers"), else their values. */
function droppedTopicWords(relaxed: FilterField[], asked: SearchFilters, matches: FilterMatch[]): string[] {
  const topics = relaxed.filter((field) => TOPIC_FILTER_FIELDS.includes(field));
  const typed = [...new Set(matches.filter((match) => topics.includes(match.field)).map((match) => match.term))];
  if (typed.length > 0) return typed.map((term) => `"${term}"`);
  return topics.flatMap((field) => (asked[field] as string[] | undefined) ?? []);
}

/**
 * The sentence that tells the user what was relaxed, for the API's meta and the WhatsApp reply:
 * "Nobody in Chennai; nearest matches elsewhere." or "No exact match for "engineers" in Chennai;
 * closest matches in Chennai."; null when nothing was relaxed.
 */
export function explainRelaxation(asked: SearchFilters, kept: SearchFilters, relaxed: FilterField[], matches: FilterMatch[]): string | null {
  if (relaxed.length === 0) return null;
  const droppedStated = relaxed.filter((field) => STATED_CONSTRAINT_FIELDS.includes(field));
  const topicWords = droppedTopicWords(relaxed, asked, matches);
  if (droppedStated.length > 0) {
    // One place phrase for city, state and country together.
    const described = droppedStated.filter((field, index) => !(PLACE_FIELDS.has(field) && droppedStated.findIndex((other) => PLACE_FIELDS.has(other)) !== index));
    const nobody = described.map((field) => describeConstraint(field, asked)).filter(Boolean).join(' ');
    const alternatives = [...new Set(described.map((field) => whereElse[field]))].join(' and ');
    return `Nobody ${topicWords.length > 0 ? `matching ${topicWords.join(' and ')} ` : ''}${nobody}; nearest matches ${alternatives}.`;
  }
  const keptConstraints = STATED_CONSTRAINT_FIELDS.map((field) => describeConstraint(field, kept)).filter(Boolean).join(' ');
  const subject = topicWords.length > 0 ? topicWords.join(' and ') : relaxed.join(', ');
  return keptConstraints
    ? `No exact match for ${subject} ${keptConstraints}; closest matches ${keptConstraints}.`
    : `No exact match for ${subject}; these are the closest.`;
}
