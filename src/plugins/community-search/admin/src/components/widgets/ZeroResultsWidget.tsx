import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';

import { useAdminGet } from '../../hooks/useAdminGet';
import { formatNumber, formatPercent } from '../../utils/format';
import type { ZeroResultsDashboard } from './types';
import { Figure } from './WidgetParts';

/** Above this share of searches finding nobody, the figure turns red: the data or synonyms need work. */
const HIGH_RATE = 0.2;

/** The share of the last 7 days' searches that found nobody, the week before, and what they were. */
export const ZeroResultsWidget = () => {
  const state = useAdminGet<ZeroResultsDashboard>('/community-search/dashboard/zero-results');
  if (state.status === 'loading') return <Widget.Loading />;
  if (state.status === 'forbidden') return <Widget.NoPermissions />;
  if (state.status === 'error') return <Widget.Error>{state.message}</Widget.Error>;
  const { searches, zeroResults, rate, previousRate, topZeroQueries, days } = state.data;
  if (searches === 0) return <Widget.NoData>{`No searches in the last ${days} days.`}</Widget.NoData>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="cs-widget-zero-results">
      <Flex gap={8}>
        <Figure label={`Zero-result rate, last ${days} days`} value={formatPercent(rate)} testId="cs-zero-rate" tone={rate !== null && rate > HIGH_RATE ? 'danger' : undefined} />
        <Figure label="Found nobody" value={`${formatNumber(zeroResults)} of ${formatNumber(searches)}`} testId="cs-zero-count" />
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {previousRate === null ? 'No searches the week before.' : `The week before: ${formatPercent(previousRate)}.`}
      </Typography>
      {topZeroQueries.length > 0 ? (
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            Found nobody for
          </Typography>
          {topZeroQueries.map((row) => (
            <Typography key={row.query} tag="p" variant="omega" ellipsis>
              {`“${row.query}” × ${row.searches}`}
            </Typography>
          ))}
        </Box>
      ) : null}
    </Flex>
  );
};
