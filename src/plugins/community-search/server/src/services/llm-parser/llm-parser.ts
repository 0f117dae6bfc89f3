import OpenAI from 'openai';

import type { ParseInput, ParsedQuery, QueryParser } from '../query-parser/types';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker';
import { constrainToVocabulary, llmOutputSchema } from './llm-output';
import { mergeWithRules } from './merge-with-rules';
import { buildSystemPrompt } from './prompt';

export type LlmParserOptions = {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  temperature: number;
  /** Answers whenever the LLM cannot: timeout, HTTP error, invalid output, open circuit. */
  fallback: QueryParser;
  /**
   * The offline parser whose reading is merged into the LLM's (see mergeWithRules), so a weaker
   * model never does worse than it; without one the LLM's reading stands alone.
   */
  baseline?: QueryParser;
  breaker?: CircuitBreaker;
  onFallback?: (reason: string) => void;
  /** Each call actually made to the LLM (not those skipped by the open circuit), for metrics. */
  onCall?: (call: { durationMs: number; outcome: 'success' | 'failure'; reason?: 'timeout' | 'error' | 'invalid_output' }) => void;
};

export type LlmParsedQuery = ParsedQuery & { fallbackReason?: string };

const parseJson = (content: string) => {
  // Some models wrap JSON in a Markdown fence even when asked not to.
  const unfenced = content.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '');
  return JSON.parse(unfenced) as unknown;
};

/**
 * A query parser backed by any OpenAI-compatible chat-completions endpoint (OpenAI, DeepInfra,
 * Ollama, vLLM), asked for strict JSON and validated; on any failure it answers with `fallback`.
 */
export const createLlmParser = (options: LlmParserOptions): QueryParser => {
  const client = new OpenAI({
    baseURL: options.baseUrl,
    // Keyless local servers still need a value, and the SDK must not pick up OPENAI_API_KEY for another host.
    apiKey: options.apiKey || 'no-key',
    timeout: options.timeoutMs,
    maxRetries: 0,
  });
  const breaker = options.breaker ?? createCircuitBreaker({ failureThreshold: 3, coolDownMs: 60_000 });

  const fallBack = async (input: ParseInput, reason: string): Promise<LlmParsedQuery> => {
    options.onFallback?.(reason);
    return { ...(await options.fallback.parse(input)), fallbackReason: reason };
  };

  return {
    name: 'llm',
    async parse(input: ParseInput): Promise<LlmParsedQuery> {
      if (breaker.isOpen()) return fallBack(input, 'circuit open');
      const started = performance.now();
      const reportCall = (outcome: 'success' | 'failure', reason?: 'timeout' | 'error' | 'invalid_output') =>
        options.onCall?.({ durationMs: performance.now() - started, outcome, reason });
      let content: string;
      try {
        const completion = await client.chat.completions.create({
          model: options.model,
          temperature: options.temperature,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: buildSystemPrompt(input.vocabulary) },
            { role: 'user', content: input.text },
          ],
        });
        content = completion.choices[0]?.message?.content ?? '';
      } catch (error) {
        breaker.recordFailure();
        const timedOut = error instanceof OpenAI.APIConnectionTimeoutError;
        reportCall('failure', timedOut ? 'timeout' : 'error');
        const reason = timedOut ? 'timeout' : `error: ${(error as Error).message}`;
        return fallBack(input, reason);
      }

      let parsedJson: unknown;
      try {
        parsedJson = parseJson(content);
      } catch {
        breaker.recordFailure();
        reportCall('failure', 'invalid_output');
        return fallBack(input, 'invalid JSON');
      }
      const output = llmOutputSchema.safeParse(parsedJson);
      if (!output.success) {
        breaker.recordFailure();
        reportCall('failure', 'invalid_output');
        return fallBack(input, 'output does not match the schema');
      }
      breaker.recordSuccess();
      reportCall('success');
      const reading: ParsedQuery = { parser: 'llm', ...constrainToVocabulary(output.data, input.vocabulary, input.synonyms) };
      return options.baseline ? mergeWithRules(reading, await options.baseline.parse(input)) : reading;
    },
  };
};
