import { Flex } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';

import { useAdminGet } from '../../hooks/useAdminGet';
import { formatNumber } from '../../utils/format';
import type { MembersDashboard } from './types';
import { Figure, LimitRow, MoreCommunities } from './WidgetParts';

const SHOWN = 5;

/** Active members and those hidden from the directory, against each community's member limit. */
export const MembersWidget = () => {
  const state = useAdminGet<MembersDashboard>('/community-search/dashboard/members');
  if (state.status === 'loading') return <Widget.Loading />;
  if (state.status === 'forbidden') return <Widget.NoPermissions />;
  if (state.status === 'error') return <Widget.Error>{state.message}</Widget.Error>;
  const { communities, totals, totalCommunities } = state.data;
  if (communities.length === 0) return <Widget.NoData>You do not manage a community yet.</Widget.NoData>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="cs-widget-members">
      <Flex gap={8}>
        <Figure label="Active members" value={formatNumber(totals.active)} testId="cs-members-active" />
        <Figure label="Hidden from directory" value={formatNumber(totals.hidden)} testId="cs-members-hidden" />
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3}>
        {communities.slice(0, SHOWN).map((community) => (
          <LimitRow key={community.id} name={community.name} figures={community} unit="members" testId={`cs-members-limit-${community.slug}`} />
        ))}
        <MoreCommunities shown={Math.min(SHOWN, communities.length)} total={totalCommunities} />
      </Flex>
    </Flex>
  );
};
