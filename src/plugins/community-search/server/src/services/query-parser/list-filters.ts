import type { PhraseMatch } from './phrase-match';
import type { FieldOption } from './readings';
import { CONNECTORS } from './stopwords';
import type { Token } from './tokenize';
import type { FilterMatch, ListFilterField, SearchFilters } from './types';
import { wordSet } from './word-lists';

/** Words that may stand between a degree and its branch ("MBA in finance", "B.E. (Mech)"). */
const DEGREE_BRANCH_LINKS = wordSet('in of with - ( ) , specialisation specialization major branch');
/** Words that show a query is about education ("a civil engineering alum", "civil engineers of the 98 batch"). */
const EDUCATION_CONTEXT = wordSet(
  'alum alums alumni alumnus alumna batch batches batchmate batchmates classmate classmates grad grads graduate graduates graduated graduation passout passouts studied'
);
/**
 * Role words that, right after a skill, only say "someone who does it" ("machine learning
 * engineers", "solar energy consultants"): the skill is what was asked, not the job title.
 */
const GENERIC_ROLE_WORDS = wordSet('engineer engineers consultant consultants expert experts specialist specialists professional professionals');
/** Words that may stand beside a connector between alternatives ("Chennai or in Coimbatore"). */
const ALTERNATIVE_FILLERS = new Set(['in', 'at', 'from', 'the', 'either', 'mein', 'se', 'any']);

type Resolved = { match: PhraseMatch; option: FieldOption; group: number; absorbed: boolean };

function onlyTokens(tokens: Token[], from: number, to: number, allowed: (token: Token) => boolean): boolean {
  for (let index = from; index < to; index++) if (!allowed(tokens[index])) return false;
  return true;
}

function optionFor(match: PhraseMatch, field: ListFilterField): FieldOption | undefined {
  return match.reading.options.find((option) => option.field === field);
}

/** A word naming a branch beside a degree is the branch ("MBA finance": branch Finance, not the industry). */
function preferBranchNextToDegree(resolved: Resolved[], tokens: Token[]): void {
  resolved.forEach((entry, position) => {
    const branch = optionFor(entry.match, 'branch');
    if (!branch || entry.option.field === 'branch') return;
    const neighbours = [resolved[position - 1], resolved[position + 1]].filter(Boolean);
    const besideDegree = neighbours.some((neighbour) => {
      if (neighbour.option.field !== 'degree') return false;
      const [from, to] =
        neighbour.match.end <= entry.match.start
          ? [neighbour.match.end, entry.match.start]
          : [entry.match.end, neighbour.match.start];
      return to - from <= 2 && onlyTokens(tokens, from, to, (token) => DEGREE_BRANCH_LINKS.has(token.norm));
    });
    if (besideDegree) entry.option = branch;
  });
}

/**
 * A phrase that can name a branch is the branch in a question about education: in "a civil
 * engineering alum" or "civil engineers of the 98 batch" civil is what they studied, not a skill.
 */
function preferBranchInEducationContext(resolved: Resolved[], tokens: Token[]): void {
  if (!tokens.some((token) => EDUCATION_CONTEXT.has(token.norm))) return;
  for (const entry of resolved) {
    const branch = optionFor(entry.match, 'branch');
    if (branch && entry.option.field !== 'degree') entry.option = branch;
  }
}

/** A generic role word right after a skill adds no filter of its own ("machine learning engineers" are ML people). */
function absorbGenericRoleAfterSkill(resolved: Resolved[]): void {
  resolved.forEach((entry, position) => {
    const previous = resolved[position - 1];
    if (!previous || previous.option.field !== 'skills' || previous.match.end !== entry.match.start) return;
    if (GENERIC_ROLE_WORDS.has(entry.match.key ?? entry.match.term.toLowerCase())) entry.absorbed = true;
  });
}

/**
 * Phrases joined by "or", "/", ",", "and" or "ya" are alternatives and get one group number. When
 * they would land in different fields, all are read in the first field they share, because
 * different fields must all hold ("doctors or lawyers" must not require both).
 */
function groupAlternatives(resolved: Resolved[], tokens: Token[]): void {
  for (let position = 1; position < resolved.length; position++) {
    const previous = resolved[position - 1];
    const current = resolved[position];
    const from = previous.match.end;
    const to = current.match.start;
    let connector = false;
    const joined = onlyTokens(tokens, from, to, (token) => {
      if (CONNECTORS.has(token.norm)) return (connector = true);
      return ALTERNATIVE_FILLERS.has(token.norm);
    });
    if (joined && connector) current.group = previous.group;
  }

  const groups = new Map<number, Resolved[]>();
  for (const entry of resolved) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  for (const members of groups.values()) {
    if (new Set(members.map((member) => member.option.field)).size < 2) continue;
    const shared = members[0].match.reading.options.find((option) =>
      members.every((member) => optionFor(member.match, option.field))
    );
    if (!shared) continue;
    for (const member of members) member.option = optionFor(member.match, shared.field) as FieldOption;
  }
}

/**
 * A broader phrase that only restates narrower ones in the same field adds nothing but noise:
 * "python developer" stays Python, "Chennai in South India" stays Chennai. Alternatives joined by
 * "or" are never absorbed: there the user asked for the union.
 */
function absorbRestatements(resolved: Resolved[]): void {
  for (const entry of resolved) {
    const others = resolved.filter(
      (other) => other !== entry && other.option.field === entry.option.field && other.group !== entry.group
    );
    if (others.length === 0) continue;
    const ownValues = new Set(entry.option.values);
    const otherValues = new Set(others.flatMap((other) => other.option.values));
    const restates = ownValues.size > otherValues.size && [...otherValues].every((value) => ownValues.has(value));
    if (restates) entry.absorbed = true;
  }
}

/** Turns matched phrases into list filters and the reasons behind each value. */
export function buildListFilters(
  matches: PhraseMatch[],
  tokens: Token[]
): { filters: SearchFilters; reasons: { start: number; match: FilterMatch }[] } {
  const resolved: Resolved[] = [...matches]
    .sort((a, b) => a.start - b.start)
    .filter((match) => match.reading.options.length > 0)
    .map((match, position) => ({ match, option: match.reading.options[0], group: position, absorbed: false }));

  preferBranchNextToDegree(resolved, tokens);
  preferBranchInEducationContext(resolved, tokens);
  groupAlternatives(resolved, tokens);
  absorbRestatements(resolved);
  absorbGenericRoleAfterSkill(resolved);

  const filters: SearchFilters = {};
  const reasons: { start: number; match: FilterMatch }[] = [];
  for (const { match, option, absorbed } of resolved) {
    if (absorbed) continue;
    const values = (filters[option.field] ??= []);
    for (const value of option.values) {
      if (values.includes(value)) continue;
      values.push(value);
      reasons.push({ start: match.start, match: { field: option.field, value, term: match.term } });
    }
  }
  return { filters, reasons };
}
