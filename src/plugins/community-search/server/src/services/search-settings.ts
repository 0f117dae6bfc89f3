import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { indexedDimensions, resizeEmbeddingColumn } from '../repositories/schema';
import { getService } from '../utils';
import type { EmbeddingProvider } from './embeddings/types';
import type { RuntimeSettings } from './runtime-settings';

/** A proposed embedder must answer a one-line request within this before it is saved. */
const PROBE_TIMEOUT_MS = 15_000;

const withTimeout = <T>(work: Promise<T>, ms: number, what: string) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: Error) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });

const identity = (embedder: EmbeddingProvider) => `${embedder.name}|${embedder.model}|${embedder.dimensions}`;

/**
 * Changing the parser or embedder from the admin panel. A new embedder is tried before anything
 * is saved (a wrong URL or model is a 400, not a broken search); once saved, a change of vector
 * size resizes the index column and every member is re-embedded in the background.
 */
const searchSettingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const runtime = () => getService('runtime-settings');

  /** The embedder the settings would give, answering a one-line request, or a 400 saying why not. */
  const probe = async (settings: RuntimeSettings): Promise<EmbeddingProvider> => {
    const effective = runtime().effectiveOf(settings);
    try {
      const candidate = getService('extensions').createEmbeddingProvider(effective.embeddingsProvider, effective, { timeoutMs: PROBE_TIMEOUT_MS });
      await withTimeout(candidate.embed(['connection test']), PROBE_TIMEOUT_MS, 'The embedding provider');
      return candidate;
    } catch (error) {
      throw new errors.ValidationError(`The embedding provider could not be used, nothing was saved: ${(error as Error).message}`, {
        field: 'embeddings',
      });
    }
  };

  /** Only what is registered (built in or by an installed plugin) can be chosen. */
  const assertRegistered = (settings: RuntimeSettings) => {
    const names = getService('extensions').names();
    const unknown = [
      !names.queryParsers.includes(settings.queryParser) && { field: 'queryParser', known: names.queryParsers },
      !names.embeddingProviders.includes(settings.embeddingsProvider) && { field: 'embeddingsProvider', known: names.embeddingProviders },
    ].filter((entry): entry is { field: string; known: string[] } => Boolean(entry));
    if (unknown.length === 0) return;
    throw new errors.ValidationError(unknown.map(({ field, known }) => `${field} must be one of ${known.join(', ')}`).join('; '), {
      errors: unknown.map(({ field, known }) => ({ path: [field], message: `must be one of ${known.join(', ')}`, name: 'ValidationError' })),
    });
  };

  /** Rebuilds the index for a new embedder: a new vector size first needs a new column. */
  const adoptEmbedder = async (previous: string, adminId: number) => {
    const embedder = getService('providers').embedder();
    if (identity(embedder) === previous) return { reindexing: false };
    const knex = strapi.db.connection;
    if ((await indexedDimensions(knex)) !== embedder.dimensions) {
      strapi.log.info(`community-search: embedder changed to ${embedder.dimensions} dimensions; resizing the index`);
      await resizeEmbeddingColumn(knex, embedder.dimensions);
    }
    try {
      await getService('reindex-jobs').start('all', adminId);
      return { reindexing: true };
    } catch (error) {
      // Another rebuild is running: its remaining batches use the new embedder; the rest is
      // re-embedded at the next start (members whose vectors another model made are queued then).
      strapi.log.warn(`community-search: new embedder saved while a reindex runs: ${(error as Error).message}`);
      return { reindexing: false, reindexNeeded: true };
    }
  };

  return {
    describe() {
      return {
        settings: runtime().current(),
        defaults: runtime().defaults(),
        // What the panel may offer: the built-in choices and those installed plugins registered.
        available: { queryParsers: getService('extensions').names().queryParsers, embeddingsProviders: getService('extensions').names().embeddingProviders },
        secrets: runtime().secrets(),
        active: {
          queryParser: getService('providers').parser().name,
          embeddingProvider: getService('providers').embedder().name,
          embeddingModel: getService('providers').embedder().model,
          embeddingDimensions: getService('providers').embedder().dimensions,
        },
      };
    },

    async update(settings: RuntimeSettings, adminId: number) {
      assertRegistered(settings);
      const previous = identity(getService('providers').embedder());
      const candidate = runtime().effectiveOf(settings);
      const current = runtime().effective();
      // Only a changed embedder is tried: saving a parser change must not depend on the embeddings API.
      if (JSON.stringify([candidate.embeddingsProvider, candidate.embeddings]) !== JSON.stringify([current.embeddingsProvider, current.embeddings])) {
        await probe(settings);
      }
      await runtime().save(settings, adminId);
      return { ...this.describe(), ...(await adoptEmbedder(previous, adminId)) };
    },

    /** Back to the environment's settings (and their embedder, re-embedding when it differs). */
    async reset(adminId: number) {
      const previous = identity(getService('providers').embedder());
      await runtime().reset();
      return { ...this.describe(), ...(await adoptEmbedder(previous, adminId)) };
    },
  };
};

export type SearchSettingsService = ReturnType<typeof searchSettingsService>;

export default searchSettingsService;
