import { Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';

import { useAdminGet } from '../hooks/useAdminRequest';
import type { Overview } from '../types';

/** Homepage widget: members talking to the bot right now, and replies that failed this week. */
export const ActiveConversationsWidget = () => {
  const { state } = useAdminGet<Overview>('/whatsapp-bot/overview');
  if (state.status === 'loading') return <Widget.Loading />;
  if (state.status === 'forbidden') return <Widget.NoPermissions />;
  if (state.status === 'error') return <Widget.Error>{state.message}</Widget.Error>;
  if (state.data.communities.length === 0) return <Widget.NoData>You do not manage a community yet.</Widget.NoData>;
  const dead = state.data.deadLetters;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2} data-testid="wa-widget-active">
      <Typography variant="alpha" tag="p" data-testid="wa-widget-active-count">
        {state.data.activeConversations}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        members wrote in the last 30 minutes
      </Typography>
      {!state.data.configured ? (
        <Typography variant="pi" textColor="warning600" tag="p" data-testid="wa-widget-not-connected">
          {state.data.queue ? 'Not connected to Twilio: nobody can write to the bot yet.' : 'WhatsApp is not connected yet: ask your platform operator.'}
        </Typography>
      ) : null}
      {dead > 0 ? (
        <Typography variant="pi" textColor="danger600" tag="p">
          {dead} repl{dead === 1 ? 'y' : 'ies'} could not be sent this week
        </Typography>
      ) : null}
    </Flex>
  );
};
