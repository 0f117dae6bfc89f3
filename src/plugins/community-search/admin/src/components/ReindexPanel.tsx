import * as React from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { errorMessage } from '../hooks/useAdminGet';
import { formatDateTime, formatNumber } from '../utils/format';
import { UsageBar } from './UsageBar';

type Job = { state: 'running' | 'done' | 'failed'; done: number; total: number | null; startedAt: string; finishedAt: string | null; error: string | null };
type Status = {
  index: { indexed: number; searchable: number; pending: number; lastIndexedAt: string | null; embeddingProvider: string; embeddingModel: string } | null;
  job: Job | null;
  allCommunitiesJob?: Job | null;
};

const POLL_MS = 1000;

/** The community's index (indexed, pending) and a reindex button with live progress. */
export const ReindexPanel = ({ communityId, canReindex }: { communityId: number; canReindex: boolean }) => {
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
        <Typography data-testid="cs-index-counts">
          {`${formatNumber(status.index.indexed)} members indexed (${formatNumber(status.index.searchable)} searchable), ${formatNumber(status.index.pending)} waiting · ${status.index.embeddingProvider} embeddings (${status.index.embeddingModel})`}
        </Typography>
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
