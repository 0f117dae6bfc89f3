/**
 * Identifies the local embeddings: the distilled word vectors and how texts are turned into
 * vectors. Bump the version whenever either changes, so stored vectors are rebuilt; it must equal
 * MODEL_ID in scripts/distill-embeddings.js, which writes it into the data's manifest.
 */
export const LOCAL_EMBEDDING_MODEL = 'local-glove100-ngram-v1';

/** The layout of the distilled files that this code reads. */
export const DISTILLED_FORMAT = 'int8-rows-v1';

export const REBUILD_HINT =
  'Run "npm run build:plugins" (or "npm run build -w @community-connect/community-search") to distil it.';
