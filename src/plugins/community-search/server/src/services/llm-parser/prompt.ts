import type { CommunityVocabulary } from '../query-parser/types';

/** Enough of the vocabulary to steer the model without blowing the prompt up on large communities. */
const VALUES_PER_FIELD = 150;

const sample = (values: string[]) => values.slice(0, VALUES_PER_FIELD).join(' | ');

export const buildSystemPrompt = (vocabulary: CommunityVocabulary) =>
  [
    'You turn a search for people in a member directory into JSON. Reply with one JSON object only:',
    '{"filters": {"city": [], "state": [], "country": [], "skills": [], "industry": [], "designation": [],',
    ' "organization": [], "degree": [], "branch": [], "graduationYear": {"min": null, "max": null},',
    ' "annualTurnoverInr": {"min": null, "max": null}}, "text": "", "terms": {}}',
    'Rules: use only values from the lists below, spelled exactly as listed; several values in one field',
    'mean any of them. Map synonyms and lay terms (e.g. "AI" -> Artificial Intelligence, Machine Learning;',
    '"skin doctor" -> Dermatology; old city names -> current ones). "batch of 98" means graduationYear',
    '1998; 1 lakh = 100000 INR, 1 crore = 10000000 INR. "terms" maps each chosen value to the words the',
    'user typed for it. Put remaining meaningful words in "text". Omit fields you cannot fill.',
    `city: ${sample(vocabulary.city)}`,
    `state: ${sample(vocabulary.state)}`,
    `country: ${sample(vocabulary.country)}`,
    `skills: ${sample(vocabulary.skills)}`,
    `industry: ${sample(vocabulary.industry)}`,
    `designation: ${sample(vocabulary.designation)}`,
    `organization: ${sample(vocabulary.organization)}`,
    `degree: ${sample(vocabulary.degree)}`,
    `branch: ${sample(vocabulary.branch)}`,
  ].join('\n');
