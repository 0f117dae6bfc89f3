import { Alert, Badge, Box, Flex, Grid, Typography } from '@strapi/design-system';

import type { Overview } from '../types';
import { formatTime } from '../utils/format';

const Figure = ({ label, value, testId }: { label: string; value: string | number; testId?: string }) => (
  <Box>
    <Typography variant="pi" textColor="neutral600" tag="p">
      {label}
    </Typography>
    <Typography variant="beta" tag="p" data-testid={testId}>
      {value}
    </Typography>
  </Box>
);

const QUEUE_BADGE = { connected: 'success', degraded: 'warning', down: 'danger' } as const;

/** Is the bot connected, is it answering, what failed. */
export const StatusPanel = ({ overview }: { overview: Overview }) => {
  const week = overview.messagesLast7Days;
  const failed = (week.dead ?? 0) + (week.failed ?? 0) + (week.undelivered ?? 0);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {!overview.configured ? (
        overview.queue ? (
          <Alert variant="warning" title="Not connected to Twilio" closeLabel="Close" data-testid="wa-not-connected">
            Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN on the server to send and receive WhatsApp messages.
          </Alert>
        ) : (
          <Alert variant="warning" title="WhatsApp is not connected yet" closeLabel="Close" data-testid="wa-not-connected">
            Members cannot reach your directory on WhatsApp until it is connected: ask your platform operator.
          </Alert>
        )
      ) : null}
      <Grid.Root gap={4}>
        <Grid.Item col={3} s={6}>
          <Figure label="Active conversations (30 min)" value={overview.activeConversations} testId="wa-active" />
        </Grid.Item>
        <Grid.Item col={3} s={6}>
          <Figure label="Last message in" value={formatTime(overview.lastInboundAt)} />
        </Grid.Item>
        <Grid.Item col={3} s={6}>
          <Figure label="Last reply out" value={formatTime(overview.lastOutboundAt)} />
        </Grid.Item>
        <Grid.Item col={3} s={6}>
          <Figure label="Failed or dead (7 days)" value={failed} testId="wa-failed" />
        </Grid.Item>
      </Grid.Root>
      {overview.queue ? (
        // Super admins only: the server sends these to nobody else.
        <Box data-testid="wa-operator-details">
          <Flex gap={2} wrap="wrap">
            <Typography variant="pi">Outbound queue:</Typography>
            <Badge backgroundColor={`${QUEUE_BADGE[overview.queue.status]}100`} textColor={`${QUEUE_BADGE[overview.queue.status]}700`}>
              {overview.queue.status} ({overview.queue.kind === 'bullmq' ? 'Redis' : 'in-process'})
            </Badge>
          </Flex>
          <Typography variant="pi" textColor="neutral600" tag="p">
            Twilio webhook (POST): {overview.webhookUrl}
          </Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            Status callback: {overview.statusCallbackUrl}
          </Typography>
        </Box>
      ) : null}
      <Box>
        {overview.communities.map((community) => (
          <Typography key={community.id} tag="p" variant="omega">
            {community.name}: {community.whatsappNumber ?? (overview.queue ? 'no WhatsApp number yet (set it on the community)' : 'no WhatsApp number yet (your platform operator sets it up)')}
          </Typography>
        ))}
      </Box>
    </Flex>
  );
};
