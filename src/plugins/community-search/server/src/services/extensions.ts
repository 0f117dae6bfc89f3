import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { mergeSynonyms, parseSynonymList } from '../utils/community-synonyms';
import { PLUGIN_ID } from '../utils/plugin-id';
import { opsMetrics } from '../utils/ops-metrics';
import { createEmbeddingProvider } from './embeddings';
import type { EmbeddingProvider } from './embeddings/types';
import {
  applyProcessedHits,
  checkEmbeddingProvider,
  EXTENSION_NAME,
  guardEmbeddingProvider,
  guardQueryParser,
  withDeadline,
} from './extensions-guards';
import type {
  CommunitySearchExtensions,
  EmbeddingProviderRegistration,
  PostProcessContext,
  ProviderSettings,
  QueryParserRegistration,
  ResultHit,
  ResultPostProcessor,
  SynonymSource,
  SynonymSourceContext,
} from './extensions-types';
import { createCircuitBreaker } from './llm-parser/circuit-breaker';
import { createLlmParser } from './llm-parser/llm-parser';
import { createRulesParser } from './query-parser';
import type { QueryParser, Synonym } from './query-parser/types';

/** A synonym source or post-processor gets this long per call; search goes on without it after. */
const EXTENSION_DEADLINE_MS = 2_000;

type Kind = 'query parser' | 'embedding provider' | 'synonym source' | 'result post-processor';

type Entry<T> = { value: T; builtIn: boolean };

const refuse = (what: string, why: string): never => {
  throw new Error(`community-search: cannot register ${what}: ${why}`);
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Checks the common shape (an object with a valid, unused name and the named functions) or throws. */
const checkRegistration = (kind: Kind, registration: unknown, functions: string[], taken: Map<string, Entry<unknown>>, closed: boolean) => {
  const name = isObject(registration) ? registration.name : undefined;
  const label = `${kind} "${String(name)}"`;
  if (closed) refuse(label, "registration is closed: register extensions in your plugin's register(), not bootstrap()");
  if (!isObject(registration)) refuse(`a ${kind}`, `expected an object { name, ${functions.join(', ')} }`);
  if (typeof name !== 'string' || !EXTENSION_NAME.test(name)) refuse(label, 'name must be 1 to 40 lower-case letters, digits and dashes, starting with a letter');
  const existing = taken.get(name as string);
  if (existing) refuse(label, `a ${kind} with this name is already registered${existing.builtIn ? ' (built in)' : ''}`);
  for (const fn of functions) {
    if (typeof (registration as Record<string, unknown>)[fn] !== 'function') refuse(label, `\`${fn}\` must be a function`);
  }
  return name as string;
};

/** Names as config chose them: a list, or every registered one in registration order. */
const chosen = <T>(registry: Map<string, Entry<T>>, names: string[] | undefined): T[] =>
  (names ?? [...registry.keys()]).flatMap((name) => {
    const entry = registry.get(name);
    return entry ? [entry.value] : [];
  });

/**
 * What other plugins add to community search, from their own `register()`: query parsers and
 * embedding providers (chosen by name in config or the admin panel), synonym sources and result
 * post-processors (all registered ones apply, or those config lists). The built-in parsers
 * (`rules`, `llm`) and embedders (`local`, `openai`) are registrations like any other. Wrong
 * registrations, and config naming something nobody registered, stop boot with a clear message.
 */
const extensionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const parsers = new Map<string, Entry<QueryParserRegistration>>();
  const embedders = new Map<string, Entry<EmbeddingProviderRegistration>>();
  const synonymSources = new Map<string, Entry<SynonymSource>>();
  const postProcessors = new Map<string, Entry<ResultPostProcessor>>();
  let closed = false;

  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;
  const warn = (message: string) => strapi.log.warn(message);
  // Shared by every LLM parser built, so health checks can read whether the LLM is being skipped.
  const llmBreaker = createCircuitBreaker({ failureThreshold: 3, coolDownMs: 60_000 });

  parsers.set('rules', { builtIn: true, value: { name: 'rules', create: () => createRulesParser() } });
  parsers.set('llm', {
    builtIn: true,
    value: {
      name: 'llm',
      // Without an endpoint there is no LLM to ask: the rules parser answers (as it does whenever the LLM cannot).
      create: ({ settings: { llm }, rules, log }) =>
        llm.baseUrl && llm.model
          ? createLlmParser({
              baseUrl: llm.baseUrl,
              apiKey: llm.apiKey,
              model: llm.model,
              timeoutMs: llm.timeoutMs,
              temperature: llm.temperature,
              fallback: rules,
              baseline: rules,
              breaker: llmBreaker,
              onFallback: (reason) => log.warn(`community-search: LLM parser fell back to rules (${reason})`),
              onCall: (call) => opsMetrics()?.observeLlmCall({ purpose: 'search_query', ...call }),
            })
          : rules,
    },
  });
  embedders.set('local', { builtIn: true, value: { name: 'local', create: () => createEmbeddingProvider({ provider: 'local' }) } });
  embedders.set('openai', {
    builtIn: true,
    value: {
      name: 'openai',
      create: ({ settings, timeoutMs }) =>
        createEmbeddingProvider({ provider: 'openai', openai: { ...settings.embeddings, ...(timeoutMs ? { timeoutMs } : {}) } }),
    },
  });

  const service = {
    /** The LLM parser's circuit: open while the LLM is skipped after repeated failures. */
    llmCircuit: () => llmBreaker.state(),

    registerQueryParser(registration: QueryParserRegistration) {
      const name = checkRegistration('query parser', registration, ['create'], parsers, closed);
      parsers.set(name, { builtIn: false, value: registration });
    },

    registerEmbeddingProvider(registration: EmbeddingProviderRegistration) {
      const name = checkRegistration('embedding provider', registration, ['create'], embedders, closed);
      embedders.set(name, { builtIn: false, value: registration });
    },

    registerSynonymSource(source: SynonymSource) {
      const name = checkRegistration('synonym source', source, ['synonyms'], synonymSources, closed);
      synonymSources.set(name, { builtIn: false, value: source });
    },

    registerResultPostProcessor(processor: ResultPostProcessor) {
      const name = checkRegistration('result post-processor', processor, ['process'], postProcessors, closed);
      postProcessors.set(name, { builtIn: false, value: processor });
    },

    names() {
      return {
        queryParsers: [...parsers.keys()],
        embeddingProviders: [...embedders.keys()],
        synonymSources: [...synonymSources.keys()],
        resultPostProcessors: [...postProcessors.keys()],
      };
    },

    /** Every plugin has registered (the register phase is over): later registrations are refused. */
    close() {
      closed = true;
    },

    hasQueryParser: (name: string) => parsers.has(name),
    hasEmbeddingProvider: (name: string) => embedders.has(name),

    /** Config naming what nobody registered stops boot, saying what there is to choose from. */
    assertConfigured() {
      const { queryParser, embeddingsProvider, synonymSources: sources, resultPostProcessors: processors } = config();
      const problems: string[] = [];
      const check = (setting: string, kind: Kind, name: string, registry: Map<string, unknown>) => {
        if (!registry.has(name)) problems.push(`${setting} is "${name}" but no ${kind} of that name is registered (registered: ${[...registry.keys()].join(', ') || 'none'})`);
      };
      check('queryParser (QUERY_PARSER)', 'query parser', queryParser, parsers);
      check('embeddingsProvider (EMBEDDINGS_PROVIDER)', 'embedding provider', embeddingsProvider, embedders);
      for (const name of sources ?? []) check('synonymSources (SEARCH_SYNONYM_SOURCES)', 'synonym source', name, synonymSources);
      for (const name of processors ?? []) check('resultPostProcessors (SEARCH_RESULT_PROCESSORS)', 'result post-processor', name, postProcessors);
      if (problems.length > 0) throw new Error(`Invalid "${PLUGIN_ID}" plugin config:\n${problems.map((problem) => `✖ ${problem}`).join('\n')}`);
    },

    /** The named parser for these settings; another plugin's is guarded (rules answer when it fails). */
    createQueryParser(name: string, settings: ProviderSettings): QueryParser {
      const entry = parsers.get(name);
      if (!entry) throw new Error(`community-search: no query parser "${name}" is registered (registered: ${[...parsers.keys()].join(', ')})`);
      const rules = createRulesParser();
      const parser = entry.value.create({ settings, rules, log: { warn } });
      if (entry.builtIn) return parser;
      if (!isObject(parser) || typeof parser.parse !== 'function' || typeof parser.name !== 'string') {
        throw new Error(`community-search: query parser "${name}" is not usable: create() must return an object { name, parse(input) }`);
      }
      return guardQueryParser(name, parser, rules, warn);
    },

    /** The named embedder for these settings; another plugin's is checked now and on every call. */
    createEmbeddingProvider(name: string, settings: ProviderSettings, options: { timeoutMs?: number } = {}): EmbeddingProvider {
      const entry = embedders.get(name);
      if (!entry) throw new Error(`community-search: no embedding provider "${name}" is registered (registered: ${[...embedders.keys()].join(', ')})`);
      const provider = entry.value.create({ settings, ...options });
      if (entry.builtIn) return provider;
      return guardEmbeddingProvider(name, checkEmbeddingProvider(name, provider));
    },

    /** Synonyms from every active source; a failing or slow source is skipped (and logged). */
    async synonymsFor(context: SynonymSourceContext): Promise<Synonym[]> {
      const lists = await Promise.all(
        chosen(synonymSources, config().synonymSources).map(async (source) => {
          try {
            return parseSynonymList(await withDeadline(() => source.synonyms(context), EXTENSION_DEADLINE_MS, `synonym source "${source.name}"`));
          } catch (error) {
            warn(`community-search: synonym source "${source.name}" failed for community ${context.community.id}: ${(error as Error).message}`);
            return [];
          }
        })
      );
      return mergeSynonyms(lists);
    },

    /** The page through every active post-processor in turn; one that fails leaves it as it was. */
    async postProcess<THit extends ResultHit>(hits: THit[], context: PostProcessContext): Promise<THit[]> {
      let page = hits;
      for (const processor of chosen(postProcessors, config().resultPostProcessors)) {
        if (page.length === 0) break;
        try {
          // Contact details stay out of other plugins' hands.
          const visible: ResultHit[] = page.map(({ documentId, name, city, designation, organization, industry, skills, graduationYear, score, why }) => ({
            documentId, name, city, designation, organization, industry, skills: [...skills], graduationYear, score, why: [...why],
          }));
          const answer = await withDeadline(() => processor.process(visible, context), EXTENSION_DEADLINE_MS, `result post-processor "${processor.name}"`);
          page = applyProcessedHits(page, answer);
        } catch (error) {
          warn(`community-search: result post-processor "${processor.name}" failed: ${(error as Error).message}`);
        }
      }
      return page;
    },
  };
  return service;
};

export type ExtensionsService = ReturnType<typeof extensionsService> & CommunitySearchExtensions;

export default extensionsService;
