import { Badge, Box, Flex, Typography } from '@strapi/design-system';

import { formatNumber, formatPercent } from '../../utils/format';
import { UsageBar } from '../UsageBar';
import type { LimitFigures } from './types';

/** One big figure with its label, as every widget leads with. */
export const Figure = ({ label, value, testId, tone }: { label: string; value: string; testId: string; tone?: 'danger' | 'warning' }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="pi" fontWeight="bold" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="alpha" tag="p" data-testid={testId} textColor={tone ? `${tone}600` : 'neutral800'}>
      {value}
    </Typography>
  </Flex>
);

/** "used of limit" with a bar, and a warning badge from the warning share (80% by default) up. */
export const LimitRow = ({ name, figures, unit, testId }: { name: string; figures: LimitFigures; unit: string; testId: string }) => {
  const { used, limit, ratio, warning } = figures;
  const over = limit !== null && used >= limit;
  return (
    <Box width="100%" data-testid={testId} data-warning={warning ? 'true' : 'false'}>
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="omega" fontWeight="semiBold" ellipsis>
          {name}
        </Typography>
        <Flex gap={2}>
          <Typography variant="pi" textColor="neutral600" data-testid={`${testId}-usage`}>
            {limit === null ? `${formatNumber(used)} ${unit} (unlimited)` : `${formatNumber(used)} of ${formatNumber(limit)} ${unit}`}
          </Typography>
          {warning ? (
            <Badge backgroundColor={over ? 'danger100' : 'warning100'} textColor={over ? 'danger700' : 'warning700'} data-testid={`${testId}-warning`}>
              {over ? 'Limit reached' : `${formatPercent(ratio, 0)} used`}
            </Badge>
          ) : null}
        </Flex>
      </Flex>
      {limit !== null ? (
        <Box paddingTop={1}>
          <UsageBar
            value={used}
            max={limit}
            valueText={`${formatNumber(used)} of ${formatNumber(limit)} ${unit}`}
            label={`${name}: ${unit}`}
            tone={over ? 'danger' : warning ? 'warning' : undefined}
            testId={`${testId}-bar`}
          />
        </Box>
      ) : null}
    </Box>
  );
};

/** How many communities a super admin's widget leaves out. */
export const MoreCommunities = ({ shown, total }: { shown: number; total: number }) =>
  total > shown ? (
    <Typography variant="pi" textColor="neutral500">
      {`and ${formatNumber(total - shown)} more communities`}
    </Typography>
  ) : null;
