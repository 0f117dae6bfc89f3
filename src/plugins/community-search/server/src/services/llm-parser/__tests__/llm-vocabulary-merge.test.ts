/**
 * Issue 19 §4: with QUERY_PARSER=llm, the model's filters are checked against the community's real
 * vocabulary (mapped when the community has the value under another name or spelling, dropped
 * when it has nothing like it) and merged with the rules parser's reading, so a weaker model never
 * does worse than the offline default. The model is a local OpenAI-compatible fake giving the
 * kind of imperfect answers small models give.
 */
import { createRulesParser } from '../../query-parser';
import type { CommunityVocabulary, ParseInput, QueryParser } from '../../query-parser/types';
import { createLlmParser } from '../llm-parser';
import { startFakeChatServer } from './fake-chat-server';

const vocabulary: CommunityVocabulary = {
  city: ['Bengaluru', 'Hyderabad', 'Chennai', 'Pune'],
  state: ['Karnataka', 'Telangana', 'Tamil Nadu', 'Maharashtra'],
  country: ['India'],
  skills: ['Machine Learning', 'Artificial Intelligence', 'Audit', 'Taxation', 'Cloud Computing'],
  industry: ['Information Technology', 'Financial Services'],
  designation: ['Chartered Accountant', 'CTO', 'Founder'],
  organization: ['Zoho', 'Infosys'],
  degree: ['B.E.', 'MBA'],
  branch: ['Computer Science', 'Mechanical'],
};

describe('LLM parser: the model checked against the vocabulary and merged with the rules parser', () => {
  let server: Awaited<ReturnType<typeof startFakeChatServer>>;
  const rules = createRulesParser();

  beforeAll(async () => {
    server = await startFakeChatServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const parser = (): QueryParser =>
    createLlmParser({ baseUrl: server.baseUrl, model: 'small-model', timeoutMs: 2000, temperature: 0, fallback: rules, baseline: rules });
  const answer = (content: unknown) => server.behave({ content: JSON.stringify(content) });
  const parse = (text: string, extra: Partial<ParseInput> = {}) => parser().parse({ text, vocabulary, ...extra });

  it('maps values the community has under another name or spelling instead of dropping them', async () => {
    answer({ filters: { city: ['Bangalore'], skills: ['machine-learning', 'Cloud Computng'] }, text: '' });
    const result = await parse('ML and cloud people in Bangalore');
    expect(result.parser).toBe('llm');
    expect(result.filters.city).toEqual(['Bengaluru']);
    expect(result.filters.skills).toEqual(expect.arrayContaining(['Machine Learning', 'Cloud Computing']));
    expect(result.matches).toContainEqual({ field: 'city', value: 'Bengaluru', term: 'Bangalore' });
  });

  it('moves a value the model put in the wrong field to the field the community has it in', async () => {
    answer({ filters: { industry: ['infosys'], city: ['Pune'] }, text: 'engineers' });
    const result = await parse('infosys engineers in Pune');
    expect(result.filters).toMatchObject({ organization: ['Infosys'], city: ['Pune'] });
    expect(result.filters.industry).toBeUndefined();
  });

  it('drops a city the community does not have into the text, never filtering everybody out', async () => {
    answer({ filters: { city: ['Atlantis'], skills: ['Audit'] }, text: 'auditors' });
    const result = await parse('auditors in Atlantis');
    expect(result.filters.city).toBeUndefined();
    expect(result.filters.skills).toContain('Audit');
    expect(result.text).toContain('Atlantis');
  });

  it('keeps what the rules parser read and the model missed: a misspelt city, a batch year', async () => {
    answer({ filters: { skills: ['Machine Learning'] }, text: 'engineers' });
    const result = await parse('machine lerning engneers in hydrabad from the 2013 batch');
    expect(result.parser).toBe('llm');
    expect(result.filters.city).toEqual(['Hyderabad']);
    expect(result.filters.graduationYear).toEqual({ min: 2013, max: 2013 });
    expect(result.filters.skills).toContain('Machine Learning');
    expect(result.matches.map((match) => match.field)).toEqual(expect.arrayContaining(['skills', 'city', 'graduationYear']));
  });

  it("keeps the model's own range when it gave one, and takes the rules' values beside its own in one field", async () => {
    answer({ filters: { graduationYear: { min: 2010, max: 2012 }, city: ['Chennai'] }, text: '' });
    const result = await parse('batch of 2010 to 2012 in Chennai or Pune');
    expect(result.filters.graduationYear).toEqual({ min: 2010, max: 2012 });
    expect(result.filters.city).toEqual(['Chennai', 'Pune']);
  });

  it('a profession nobody has stays unmet (no close match) when the model names it as a filter the community lacks', async () => {
    answer({ filters: { designation: ['Veterinarian'], city: ['Chennai'] }, text: '' });
    const offline = await rules.parse({ text: 'veterinarian in Chennai', vocabulary });
    expect(offline.unmet).toEqual(['veterinarian']);
    const result = await parse('veterinarian in Chennai');
    expect(result.filters).toEqual({ city: ['Chennai'] });
    expect(result.text).toBe('Veterinarian');
    expect(result.unmet).toEqual(['veterinarian']);
  });

  it('with an empty answer the offline reading still applies in full', async () => {
    answer({ filters: {}, text: 'mechanical engineers from the 2013 batch' });
    const offline = await rules.parse({ text: 'mechanical engineers from the 2013 batch', vocabulary });
    const result = await parse('mechanical engineers from the 2013 batch');
    expect(result.filters).toEqual(offline.filters);
  });
});
