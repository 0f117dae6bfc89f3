import { z } from 'zod';

export const configSchema = z.strictObject({
  queryParser: z.enum(['rules', 'llm']),
  embeddingsProvider: z.enum(['local', 'openai']),
});

export type CommunitySearchConfig = z.infer<typeof configSchema>;

export const defaultConfig: CommunitySearchConfig = {
  queryParser: 'rules',
  embeddingsProvider: 'local',
};
