import { Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';

import { browserOffsetMinutes, useAdminGet } from '../../hooks/useAdminGet';
import { formatNumber } from '../../utils/format';
import type { SearchesDashboard } from './types';
import { Figure, LimitRow, MoreCommunities } from './WidgetParts';

const SHOWN = 5;

/** Searches today (the admin's day) and this calendar month against the monthly quota. */
export const SearchesWidget = () => {
  const state = useAdminGet<SearchesDashboard>('/community-search/dashboard/searches', { tz: browserOffsetMinutes() });
  if (state.status === 'loading') return <Widget.Loading />;
  if (state.status === 'forbidden') return <Widget.NoPermissions />;
  if (state.status === 'error') return <Widget.Error>{state.message}</Widget.Error>;
  const { communities, totals, totalCommunities, period } = state.data;
  if (communities.length === 0) return <Widget.NoData>You do not manage a community yet.</Widget.NoData>;
  const anyWarning = communities.some((community) => community.warning);
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="cs-widget-searches">
      <Flex gap={8}>
        <Figure label="Today" value={formatNumber(totals.today)} testId="cs-searches-today" />
        <Figure label="This month" value={formatNumber(totals.month)} testId="cs-searches-month" tone={anyWarning ? 'warning' : undefined} />
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3}>
        {communities.slice(0, SHOWN).map((community) => (
          <Flex key={community.id} direction="column" alignItems="stretch" gap={1}>
            <LimitRow name={community.name} figures={community} unit="searches" testId={`cs-searches-quota-${community.slug}`} />
            {community.topMembers.map((member) => (
              <Typography key={member.documentId} variant="pi" textColor="neutral600" data-testid={`cs-searches-member-${member.documentId}`}>
                {member.share === null
                  ? `${member.name}: ${formatNumber(member.used)} searches`
                  : `${member.name}: ${formatNumber(member.used)} of ${formatNumber(member.share)} (member share)`}
              </Typography>
            ))}
          </Flex>
        ))}
        <MoreCommunities shown={Math.min(SHOWN, communities.length)} total={totalCommunities} />
      </Flex>
      {period ? (
        <Typography variant="pi" textColor="neutral500">
          {`Quotas renew on ${new Date(period.end).toLocaleDateString(undefined, { timeZone: 'UTC' })} (UTC).`}
        </Typography>
      ) : null}
    </Flex>
  );
};
