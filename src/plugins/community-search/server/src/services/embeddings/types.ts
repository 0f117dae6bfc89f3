export interface EmbeddingProvider {
  /** `local` or `openai` (or a name registered by an extension). */
  readonly name: string;
  /** Identifies the model that made a vector; stored beside it so a change triggers a reindex. */
  readonly model: string;
  readonly dimensions: number;
  /** One L2-normalised vector per text, in order. */
  embed(texts: string[]): Promise<number[][]>;
}
