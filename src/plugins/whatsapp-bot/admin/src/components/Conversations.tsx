import { Badge, EmptyStateLayout, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import { useAdminGet } from '../hooks/useAdminRequest';
import type { Conversation } from '../types';
import { formatTime } from '../utils/format';

/** Members who wrote in the last 7 days; pseudonyms for admins who may not see members. */
export const Conversations = ({ communityNames }: { communityNames: Map<number, string> }) => {
  const { state } = useAdminGet<Conversation[]>('/whatsapp-bot/conversations', { pageSize: 50 });
  if (state.status === 'loading') return <Typography>Loading…</Typography>;
  if (state.status !== 'ok') return <Typography textColor="danger600">{state.message}</Typography>;
  if (state.data.length === 0) return <EmptyStateLayout content="Nobody has written to the bot in the last 7 days." />;
  return (
    <Table colCount={5} rowCount={state.data.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">Member</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Community</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Last message in</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Last reply out</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">State</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {state.data.map((conversation, index) => (
          <Tr key={`${conversation.communityId}-${index}`} data-testid="wa-conversation">
            <Td>
              <Typography>{conversation.member}</Typography>
            </Td>
            <Td>
              <Typography>{communityNames.get(conversation.communityId) ?? conversation.communityId}</Typography>
            </Td>
            <Td>
              <Typography>{formatTime(conversation.lastInboundAt)}</Typography>
            </Td>
            <Td>
              <Typography>{formatTime(conversation.lastOutboundAt)}</Typography>
            </Td>
            <Td>{conversation.optedOut ? <Badge>opted out</Badge> : <Badge active>active</Badge>}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
