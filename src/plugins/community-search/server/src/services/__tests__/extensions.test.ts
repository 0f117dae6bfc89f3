import type { Core } from '@strapi/strapi';

import { defaultConfig, type CommunitySearchConfig } from '../../config/schema';
import extensionsService from '../extensions';
import type { ResultHit } from '../extensions-types';
import type { EffectiveSettings } from '../runtime-settings';

/** The service over a minimal Strapi: config and a log that records warnings. */
const setup = (config: Partial<CommunitySearchConfig> = {}) => {
  const warnings: string[] = [];
  const strapi = {
    config: { get: () => ({ ...defaultConfig, ...config }) },
    log: { warn: (message: string) => warnings.push(message) },
  } as unknown as Core.Strapi;
  return { service: extensionsService({ strapi }), warnings };
};

const settings: EffectiveSettings = { queryParser: 'rules', embeddingsProvider: 'local', llm: { timeoutMs: 2500, temperature: 0 }, embeddings: {} };
const vocabulary = { city: [], state: [], country: [], skills: ['Mentoring', 'Audit'], industry: [], designation: [], organization: [], degree: [], branch: [] };

const hit = (documentId: string, extra: Partial<ResultHit & { phone: string; email: string }> = {}) => ({
  documentId, name: documentId, city: null, designation: null, organization: null, industry: null, skills: [], graduationYear: null, score: 1, why: [], ...extra,
});

const context = { community: { id: 1 }, channel: 'api' as const, query: { text: 'x', parser: 'rules', filters: {} }, page: 1, pageSize: 10, profileOf: () => undefined };

describe('community-search extensions: registration', () => {
  it('has the built-in parsers and embedders as registrations', () => {
    expect(setup().service.names()).toEqual({ queryParsers: ['rules', 'llm'], embeddingProviders: ['local', 'openai'], synonymSources: [], resultPostProcessors: [] });
  });

  it('refuses duplicates, bad names, wrong shapes and late registrations with what is wrong', () => {
    const { service } = setup();
    expect(() => service.registerQueryParser({ name: 'llm', create: () => ({ name: 'x', parse: async () => ({}) as never }) })).toThrow(
      'community-search: cannot register query parser "llm": a query parser with this name is already registered (built in)'
    );
    expect(() => service.registerSynonymSource({ name: 'Bad Name', synonyms: () => [] })).toThrow(/name must be 1 to 40 lower-case letters/);
    expect(() => service.registerEmbeddingProvider({ name: 'vectors' } as never)).toThrow('community-search: cannot register embedding provider "vectors": `create` must be a function');
    expect(() => service.registerResultPostProcessor(null as never)).toThrow('community-search: cannot register a result post-processor: expected an object { name, process }');
    service.registerResultPostProcessor({ name: 'boost', process: (hits) => hits });
    expect(() => service.registerResultPostProcessor({ name: 'boost', process: (hits) => hits })).toThrow(/already registered$/);
    service.close();
    expect(() => service.registerSynonymSource({ name: 'late', synonyms: () => [] })).toThrow(/registration is closed: register extensions in your plugin's register\(\), not bootstrap\(\)/);
  });

  it('checks at boot that config names registered extensions, listing the choices', () => {
    expect(() => setup({ queryParser: 'gpt' }).service.assertConfigured()).toThrow(
      /queryParser \(QUERY_PARSER\) is "gpt" but no query parser of that name is registered \(registered: rules, llm\)/
    );
    const { service } = setup({ synonymSources: ['taxonomy'] });
    expect(() => service.assertConfigured()).toThrow(/synonymSources \(SEARCH_SYNONYM_SOURCES\) is "taxonomy" .*\(registered: none\)/);
    service.registerSynonymSource({ name: 'taxonomy', synonyms: () => [] });
    expect(() => service.assertConfigured()).not.toThrow();
  });
});

describe('community-search extensions: guarded use', () => {
  it('answers with the rules parser when a registered parser throws or answers malformed filters', async () => {
    const { service, warnings } = setup();
    service.registerQueryParser({ name: 'broken', create: () => ({ name: 'broken', parse: async () => { throw new Error('model down'); } }) });
    service.registerQueryParser({
      name: 'sloppy',
      create: () => ({ name: 'sloppy', parse: async () => ({ parser: 'sloppy', filters: { skills: 'Audit', 'city; DROP TABLE': ['x'] }, text: '', matches: [] }) as never }),
    });
    service.registerQueryParser({
      name: 'good',
      create: ({ rules }) => ({ name: 'good', parse: async (input) => ({ ...(await rules.parse(input)), parser: 'good' }) }),
    });
    const input = { text: 'audit', vocabulary };
    expect((await service.createQueryParser('broken', settings).parse(input)).parser).toBe('rules');
    expect((await service.createQueryParser('sloppy', settings).parse(input)).parser).toBe('rules');
    const good = await service.createQueryParser('good', settings).parse(input);
    expect(good).toEqual(expect.objectContaining({ parser: 'good', filters: { skills: ['Audit'] } }));
    expect(warnings).toEqual([
      'community-search: query parser "broken" failed (model down); the rules parser answered',
      expect.stringMatching(/^community-search: query parser "sloppy" failed \(malformed answer: filters/),
    ]);
  });

  it('refuses an embedder of the wrong shape and vectors of the wrong size', async () => {
    const { service } = setup();
    service.registerEmbeddingProvider({ name: 'flat', create: () => ({ name: 'flat', model: 'flat-v1', dimensions: 0, embed: async () => [] }) });
    expect(() => service.createEmbeddingProvider('flat', settings)).toThrow('community-search: embedding provider "flat" is not usable: `dimensions` must be a whole number from 1 to 4000');
    service.registerEmbeddingProvider({ name: 'short', create: () => ({ name: 'short', model: 'short-v1', dimensions: 3, embed: async (texts) => texts.map(() => [1, 0]) }) });
    await expect(service.createEmbeddingProvider('short', settings).embed(['a'])).rejects.toThrow('returned a vector that is not 3 finite numbers');
    service.registerEmbeddingProvider({ name: 'ok', create: () => ({ name: 'ok', model: 'ok-v1', dimensions: 2, embed: async (texts) => texts.map(() => [0.6, 0.8]) }) });
    expect(await service.createEmbeddingProvider('ok', settings).embed(['a', 'b'])).toEqual([[0.6, 0.8], [0.6, 0.8]]);
    expect(() => service.createEmbeddingProvider('missing', settings)).toThrow(/no embedding provider "missing" is registered/);
  });

  it('merges synonym sources after each other, skipping malformed entries and failing sources', async () => {
    const { service, warnings } = setup();
    service.registerSynonymSource({ name: 'taxonomy', synonyms: () => [{ term: 'sherpa', canonical: ['Mentoring'] }, { term: '', canonical: ['x'] }] });
    service.registerSynonymSource({ name: 'broken', synonyms: async () => { throw new Error('CRM down'); } });
    service.registerSynonymSource({ name: 'second', synonyms: () => [{ term: 'Sherpa', canonical: ['Audit'] }, { term: 'numbers', canonical: ['Audit'] }] });
    expect(await service.synonymsFor({ community: { id: 7, slug: 'c' }, vocabulary })).toEqual([
      { term: 'sherpa', canonical: ['Mentoring'] },
      { term: 'numbers', canonical: ['Audit'] },
    ]);
    expect(warnings).toEqual(['community-search: synonym source "broken" failed for community 7: CRM down']);
  });

  it('uses only the sources and processors config lists, in its order', async () => {
    const { service } = setup({ synonymSources: [], resultPostProcessors: ['second', 'first'] });
    service.registerSynonymSource({ name: 'taxonomy', synonyms: () => [{ term: 'sherpa', canonical: ['Mentoring'] }] });
    const order: string[] = [];
    service.registerResultPostProcessor({ name: 'first', process: (hits) => (order.push('first'), hits) });
    service.registerResultPostProcessor({ name: 'second', process: (hits) => (order.push('second'), hits) });
    service.registerResultPostProcessor({ name: 'unlisted', process: () => { throw new Error('must not run'); } });
    expect(await service.synonymsFor({ community: { id: 1, slug: 'c' }, vocabulary })).toEqual([]);
    await service.postProcess([hit('a')], context);
    expect(order).toEqual(['second', 'first']);
  });

  it('lets a post-processor reorder, drop and annotate the page, never add to it or see contacts', async () => {
    const { service } = setup();
    let seen: unknown;
    service.registerResultPostProcessor({
      name: 'boost',
      process: (hits) => {
        seen = hits;
        return [
          { ...hits[1], why: ['Mentor', ...hits[1].why], score: 9 },
          { ...hit('intruder'), phone: '+910000000000' },
          { ...hits[0], phone: '+919999999999', email: 'changed@example.org' },
          hits[1],
        ];
      },
    });
    const page = [hit('a', { phone: '+911111111111', email: 'a@example.org', why: ['Skill'] }), hit('b', { why: ['City'] }), hit('c')];
    const processed = await service.postProcess(page, context);
    expect(processed.map((entry) => entry.documentId)).toEqual(['b', 'a']);
    expect(processed[0]).toEqual(expect.objectContaining({ documentId: 'b', score: 9, why: ['Mentor', 'City'] }));
    expect(processed[1]).toEqual(expect.objectContaining({ documentId: 'a', phone: '+911111111111', email: 'a@example.org' }));
    expect(JSON.stringify(seen)).not.toMatch(/phone|email|@example/);
  });

  it('leaves the page as it was when a post-processor throws, answers nonsense or is too slow', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    try {
      const { service, warnings } = setup();
      service.registerResultPostProcessor({ name: 'throws', process: () => { throw new Error('bug'); } });
      service.registerResultPostProcessor({ name: 'nonsense', process: () => 'reordered' as never });
      service.registerResultPostProcessor({ name: 'slow', process: () => new Promise<ResultHit[]>(() => undefined) });
      const page = [hit('a'), hit('b')];
      const pending = service.postProcess(page, context);
      await jest.advanceTimersByTimeAsync(2_100);
      expect(await pending).toEqual(page);
      expect(warnings).toEqual([
        'community-search: result post-processor "throws" failed: bug',
        'community-search: result post-processor "nonsense" failed: process() must return an array of hits',
        'community-search: result post-processor "slow" failed: result post-processor "slow" did not answer within 2000 ms',
      ]);
    } finally {
      jest.useRealTimers();
    }
  });
});
