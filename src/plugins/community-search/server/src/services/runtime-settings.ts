import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type { CommunitySearchConfig } from '../config/schema';
import { startPeriodicTask } from '@community-connect/kit';
import { PLUGIN_ID } from '../utils/plugin-id';

const STORE_KEY = { type: 'plugin' as const, name: PLUGIN_ID, key: 'runtime-settings' };
/** How often an instance rereads the saved settings, so a change made on another instance applies there too. */
export const SETTINGS_REFRESH_MS = 5_000;

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(500);

/**
 * What a super admin may change in the panel: the parser and embedder choice and where they are.
 * API keys are deliberately absent: they come from the environment only.
 */
export const runtimeSettingsSchema = z
  .strictObject({
    // Built-in or registered by another plugin; the search settings service checks it is registered.
    queryParser: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be the name of a query parser'),
    llm: z.strictObject({
      baseUrl: httpUrl.nullable(),
      model: z.string().trim().min(1).max(200).nullable(),
      temperature: z.number().min(0).max(2),
      timeoutMs: z.number().int().min(100).max(60_000),
    }),
    embeddingsProvider: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be the name of an embedding provider'),
    embeddings: z.strictObject({
      baseUrl: httpUrl.nullable(),
      model: z.string().trim().min(1).max(200).nullable(),
      dimensions: z.number().int().positive().max(4000).nullable(),
    }),
  })
  .superRefine((settings, ctx) => {
    if (settings.queryParser === 'llm') {
      for (const key of ['baseUrl', 'model'] as const) {
        if (!settings.llm[key]) ctx.addIssue({ code: 'custom', path: ['llm', key], message: 'is required for the llm parser' });
      }
    }
    if (settings.embeddingsProvider === 'openai') {
      for (const key of ['baseUrl', 'model', 'dimensions'] as const) {
        if (!settings.embeddings[key]) ctx.addIssue({ code: 'custom', path: ['embeddings', key], message: 'is required for openai embeddings' });
      }
    }
  });

export type RuntimeSettings = z.infer<typeof runtimeSettingsSchema>;
type StoredSettings = RuntimeSettings & { updatedAt: string; updatedBy: number | null };

/** The parser and embedder settings in force, with keys: what the providers service builds from. */
export type EffectiveSettings = Pick<CommunitySearchConfig, 'queryParser' | 'embeddingsProvider' | 'llm' | 'embeddings'>;

/**
 * An API key from the environment goes only to the host the environment names with it: a URL
 * changed in the panel must not be a way to send the key somewhere else.
 */
export const keyFor = (baseUrl: string | undefined, configuredBaseUrl: string | undefined, apiKey: string | undefined) => {
  if (!apiKey || !baseUrl || !configuredBaseUrl) return undefined;
  try {
    return new URL(baseUrl).origin === new URL(configuredBaseUrl).origin ? apiKey : undefined;
  } catch {
    return undefined;
  }
};

/** `••••abcd`: enough to tell two keys apart, never enough to use one. */
export const maskSecret = (secret: string | undefined): string | null => {
  if (!secret) return null;
  return secret.length >= 12 ? `••••${secret.slice(-4)}` : '••••';
};

const fromConfig = (config: CommunitySearchConfig): RuntimeSettings => ({
  queryParser: config.queryParser,
  llm: {
    baseUrl: config.llm.baseUrl ?? null,
    model: config.llm.model ?? null,
    temperature: config.llm.temperature,
    timeoutMs: config.llm.timeoutMs,
  },
  embeddingsProvider: config.embeddingsProvider,
  embeddings: {
    baseUrl: config.embeddings.baseUrl ?? null,
    model: config.embeddings.model ?? null,
    dimensions: config.embeddings.dimensions ?? null,
  },
});

/**
 * Parser and embedding settings changed in the admin panel: saved in the plugin store, read by
 * the providers service on every use (so they apply without a restart) and reread every few
 * seconds from the store (so every instance follows). The environment / plugin config gives the
 * defaults and the API keys; a reset returns to it.
 */
const runtimeSettingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let stored: StoredSettings | null = null;
  let schedule: ReturnType<typeof startPeriodicTask> | null = null;
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;

  const readStore = async (): Promise<StoredSettings | null> => {
    const value = (await strapi.store.get(STORE_KEY)) as unknown;
    if (value === null || value === undefined) return null;
    const { updatedAt, updatedBy, ...settings } = value as Partial<StoredSettings>;
    const parsed = runtimeSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      // A value saved by another version, or edited by hand: the defaults are safer than a guess.
      strapi.log.warn('community-search: the saved search settings are invalid and are ignored; the configured defaults apply');
      return null;
    }
    return { ...parsed.data, updatedAt: String(updatedAt ?? ''), updatedBy: typeof updatedBy === 'number' ? updatedBy : null };
  };

  return {
    async load() {
      stored = await readStore();
    },

    startRefreshing() {
      if (schedule) return;
      schedule = startPeriodicTask(() => this.load(), {
        intervalMs: SETTINGS_REFRESH_MS,
        onError: (error) => strapi.log.warn(`community-search: reading the saved search settings failed: ${error.message}`),
      });
    },

    async stopRefreshing() {
      const running = schedule;
      schedule = null;
      await running?.stop();
    },

    /** The settings without keys: the saved ones, else the configured defaults. */
    current(): RuntimeSettings & { source: 'admin' | 'config'; updatedAt: string | null; updatedBy: number | null } {
      if (stored) return { ...stored, source: 'admin' };
      return { ...fromConfig(config()), source: 'config', updatedAt: null, updatedBy: null };
    },

    defaults(): RuntimeSettings {
      return fromConfig(config());
    },

    /** What the providers build from: current settings plus the environment's keys where they may go. */
    effective(): EffectiveSettings {
      return this.effectiveOf(stored);
    },

    /** The same for given settings (null: the configured defaults), e.g. to try them before saving. */
    effectiveOf(settings: RuntimeSettings | null): EffectiveSettings {
      const base = config();
      if (!settings) return { queryParser: base.queryParser, embeddingsProvider: base.embeddingsProvider, llm: base.llm, embeddings: base.embeddings };
      const { llm, embeddings } = settings;
      return {
        queryParser: settings.queryParser,
        embeddingsProvider: settings.embeddingsProvider,
        llm: {
          baseUrl: llm.baseUrl ?? undefined,
          model: llm.model ?? undefined,
          temperature: llm.temperature,
          timeoutMs: llm.timeoutMs,
          apiKey: keyFor(llm.baseUrl ?? undefined, base.llm.baseUrl, base.llm.apiKey),
        },
        embeddings: {
          baseUrl: embeddings.baseUrl ?? undefined,
          model: embeddings.model ?? undefined,
          dimensions: embeddings.dimensions ?? undefined,
          apiKey: keyFor(embeddings.baseUrl ?? undefined, base.embeddings.baseUrl, base.embeddings.apiKey),
        },
      };
    },

    /** The keys as the panel may show them: masked, with the variable they come from and where they are sent. */
    secrets() {
      const { llm, embeddings } = config();
      const effective = this.effective();
      return {
        llmApiKey: { variable: 'LLM_API_KEY', masked: maskSecret(llm.apiKey), sentTo: llm.baseUrl ?? null, inUse: Boolean(effective.llm.apiKey) },
        embeddingsApiKey: {
          variable: 'EMBEDDINGS_API_KEY',
          masked: maskSecret(embeddings.apiKey),
          sentTo: embeddings.baseUrl ?? null,
          inUse: Boolean(effective.embeddings.apiKey),
        },
      };
    },

    async save(settings: RuntimeSettings, adminId: number) {
      const value: StoredSettings = { ...settings, updatedAt: new Date().toISOString(), updatedBy: adminId };
      await strapi.store.set({ ...STORE_KEY, value });
      stored = value;
    },

    async reset() {
      await strapi.store.delete(STORE_KEY);
      stored = null;
    },
  };
};

export type RuntimeSettingsService = ReturnType<typeof runtimeSettingsService>;

export default runtimeSettingsService;
