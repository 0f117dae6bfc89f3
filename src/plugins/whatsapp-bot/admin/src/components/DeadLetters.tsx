import * as React from 'react';

import { Button, EmptyStateLayout, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { errorMessage, useAdminGet } from '../hooks/useAdminRequest';
import type { OutboundMessage } from '../types';
import { formatTime } from '../utils/format';

/** Replies the bot gave up on, with a retry for each (numbers masked). */
export const DeadLetters = ({ canRetry, onRetried }: { canRetry: boolean; onRetried: () => void }) => {
  const { state, reload } = useAdminGet<OutboundMessage[]>('/whatsapp-bot/messages', { status: 'dead', pageSize: 50 });
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<number | null>(null);

  const retry = async (id: number) => {
    setBusy(id);
    try {
      await post(`/whatsapp-bot/messages/${id}/retry`);
      toggleNotification({ type: 'success', message: 'Queued again' });
      reload();
      onRetried();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  if (state.status === 'loading') return <Typography>Loading…</Typography>;
  if (state.status !== 'ok') return <Typography textColor="danger600">{state.message}</Typography>;
  if (state.data.length === 0) return <EmptyStateLayout content="No dead letters: every reply went out." />;
  return (
    <Table colCount={6} rowCount={state.data.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">When</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">To</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Message</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Tries</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Why</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Action</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {state.data.map((message) => (
          <Tr key={message.id} data-testid="wa-dead-letter">
            <Td>
              <Typography>{formatTime(message.createdAt)}</Typography>
            </Td>
            <Td>
              <Typography>{message.to ?? '(erased)'}</Typography>
            </Td>
            <Td>
              <Typography ellipsis>{message.preview ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography>{message.attempts}</Typography>
            </Td>
            <Td>
              <Typography ellipsis>
                {message.errorCode ? `${message.errorCode}: ` : ''}
                {message.error ?? ''}
              </Typography>
            </Td>
            <Td>
              {canRetry && message.retryable ? (
                <Button size="S" variant="secondary" loading={busy === message.id} onClick={() => void retry(message.id)}>
                  Retry
                </Button>
              ) : null}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
