import * as React from 'react';

import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { errorMessage } from '../hooks/useAdminGet';
import { embeddingsInWords } from '../utils/embeddings-words';
import { formatDateTime, formatNumber } from '../utils/format';
import { UsageBar } from './UsageBar';

type Job = { state: 'running' | 'done' | 'failed'; done: number; total: number | null; startedAt: string; finishedAt: string | null; error: string | null };
/** Indexing that fails for this community's members: retried automatically, or given up on (dead-lettered). */
type IndexingError = { code: 'INDEXING_RETRYING' | 'INDEXING_STALLED'; at: string; gaveUp: boolean; retrying: boolean };
type Status = {
  index: {
    indexed: number;
    searchable: number;
    pending: number;
    lastIndexedAt: string | null;
    embeddingProvider: string;
    embeddingModel: string;
    indexingError?: IndexingError | null;
  } | null;
  job: Job | null;
  allCommunitiesJob?: Job | null;
  /** Super admins only: the provider's or the database's own message. */
  indexingFailure?: { message: string; at: string; gaveUp: boolean; retrying: boolean } | null;
};

const POLL_MS = 1000;

/**
 * What failed indexing means and what to do, in a community admin's words; the failure's own text
 * and the settings to check only for super admins (who run the platform).
 */
const IndexingTrouble = ({ error, pending, failure, canReindex }: { error: IndexingError; pending: number; failure: Status['indexingFailure']; canReindex: boolean }) => {
  const members = `${formatNumber(pending)} ${pending === 1 ? 'member' : 'members'}`;
  const title = error.gaveUp ? `Search stopped adding changes for ${members}` : `Adding changes to search is failing for now (${members} waiting)`;
  const whatToDo = error.gaveUp
    ? `After repeated failed tries (last at ${formatDateTime(error.at)}) these changes are set aside: search shows those members as they were before. ` +
      `They are tried again when the member is saved again${canReindex ? ' or when you rebuild the index below' : ''}. ` +
      'If that fails too, ask your platform operator to check the search service.'
    : 'It is retried automatically; nothing to do yet. Search shows those members as they were before until it succeeds.';
  return (
    <Alert variant={error.gaveUp ? 'danger' : 'warning'} title={title} closeLabel="Close" data-testid="cs-index-trouble" data-state={error.gaveUp ? 'stalled' : 'retrying'}>
      {whatToDo}
      {failure ? (
        <Typography tag="p" variant="pi" data-testid="cs-index-trouble-operator">
          {`For operators: ${failure.message}. Check EMBEDDINGS_PROVIDER, EMBEDDINGS_BASE_URL and EMBEDDINGS_API_KEY (or the settings below), then run \`npm run search:reindex\` or rebuild the index.`}
        </Typography>
      ) : null}
    </Alert>
  );
};

/** The community's index (indexed, pending) and a reindex button with live progress. */
export const ReindexPanel = ({ communityId, canReindex, isSuperAdmin }: { communityId: number; canReindex: boolean; isSuperAdmin: boolean }) => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = React.useState<Status | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  const load = React.useCallback(async () => {
    try {
      const response = await get<{ data: Status }>('/community-search/index/status', { params: { community: communityId } });
      setStatus(response.data.data);
      setFailure(null);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }, [get, communityId]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const running = status?.job?.state === 'running' || status?.allCommunitiesJob?.state === 'running';
  React.useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, load]);

  const start = async () => {
    try {
      await post('/community-search/index/reindex', { community: communityId });
      await load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  if (failure) return <Typography textColor="danger600">{failure}</Typography>;
  if (!status) return <Typography textColor="neutral600">Loading the index…</Typography>;
  const job = status.job?.state === 'running' ? status.job : (status.allCommunitiesJob ?? status.job);
  // Before the total is known a running job shows an empty bar; a finished one with no total is full.
  const progress = job?.total ? { value: job.done, max: job.total } : { value: job?.state === 'done' ? job.done : 0, max: job?.state === 'done' ? job.done : 0 };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="cs-reindex">
      {status.index ? (
        <>
          <Typography data-testid="cs-index-counts">
            {`${formatNumber(status.index.indexed)} members indexed (${formatNumber(status.index.searchable)} searchable), ${formatNumber(status.index.pending)} waiting`}
          </Typography>
          <Typography variant="pi" textColor="neutral600" data-testid="cs-index-embeddings">
            {isSuperAdmin
              ? `${embeddingsInWords(status.index.embeddingProvider)} (${status.index.embeddingProvider} embeddings, ${status.index.embeddingModel}).`
              : `${embeddingsInWords(status.index.embeddingProvider)}.`}
          </Typography>
          {status.index.indexingError ? (
            <IndexingTrouble error={status.index.indexingError} pending={status.index.pending} failure={status.indexingFailure} canReindex={canReindex} />
          ) : null}
        </>
      ) : null}
      {job ? (
        <Box data-testid="cs-reindex-progress" data-state={job.state}>
          <Typography variant="pi" textColor={job.state === 'failed' ? 'danger600' : 'neutral600'}>
            {job.state === 'running'
              ? `Reindexing: ${formatNumber(job.done)} of ${job.total === null ? '…' : formatNumber(job.total)}`
              : job.state === 'done'
                ? `Last reindex finished ${job.finishedAt ? formatDateTime(job.finishedAt) : ''}: ${formatNumber(job.done)} members`
                : `Last reindex failed: ${job.error ?? 'unknown error'}`}
          </Typography>
          <UsageBar
            value={progress.value}
            max={progress.max}
            valueText={`${formatNumber(progress.value)} of ${formatNumber(progress.max)} members`}
            label="Reindex progress"
            tone={job.state === 'failed' ? 'danger' : undefined}
            testId="cs-reindex-bar"
          />
        </Box>
      ) : null}
      {canReindex ? (
        <Box>
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={start} disabled={running} data-testid="cs-reindex-start">
            Rebuild the index
          </Button>
        </Box>
      ) : null}
    </Flex>
  );
};
