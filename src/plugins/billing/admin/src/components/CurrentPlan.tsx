import { Box, Button, Flex, Status, Typography } from '@strapi/design-system';
import { ExternalLink } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { Overview } from '../api';
import { useT } from '../hooks/useT';
import { formatDate, formatLimit } from '../utils/format';
import { UsageBar } from './UsageBar';

type Props = {
  overview: Overview;
  canManage: boolean;
  configured: boolean;
  busy: boolean;
  onManageBilling: () => void;
};

const STATUS_VARIANTS: Record<string, 'success' | 'warning' | 'danger' | 'neutral' | 'secondary'> = {
  active: 'success',
  trialing: 'secondary',
  past_due: 'danger',
  unpaid: 'danger',
  canceled: 'neutral',
  incomplete: 'warning',
  incomplete_expired: 'neutral',
  paused: 'warning',
  none: 'neutral',
};

const Meter = ({ label, used, limit, testId }: { label: string; used: number; limit: number | null; testId: string }) => {
  const t = useT();
  const { locale } = useIntl();
  const usage = t('usage.of', '{used} of {limit}', { used: new Intl.NumberFormat(locale).format(used), limit: formatLimit(limit, t('usage.unlimited', 'unlimited'), locale) });
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Flex justifyContent="space-between">
        <Typography variant="omega" fontWeight="semiBold">
          {label}
        </Typography>
        <Typography variant="omega" textColor={limit !== null && used >= limit ? 'danger600' : 'neutral600'}>
          {usage}
        </Typography>
      </Flex>
      {limit !== null && (
        <UsageBar value={used} max={limit} valueText={usage} label={label} tone={used >= limit ? 'danger' : undefined} testId={testId} />
      )}
    </Flex>
  );
};

/** The plan the community is on, its subscription's state, and its usage against the plan's limits. */
export const CurrentPlan = ({ overview, canManage, configured, busy, onManageBilling }: Props) => {
  const t = useT();
  const { locale } = useIntl();
  const plan = overview.plans.find((candidate) => candidate.id === overview.plan);
  const statusLabel = overview.status === 'none' ? t('status.none', 'no subscription') : overview.status.replace(/_/g, ' ');

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Flex justifyContent="space-between" alignItems="flex-start" wrap="wrap" gap={4}>
          <Flex direction="column" alignItems="flex-start" gap={2}>
            <Typography variant="sigma" textColor="neutral600">
              {t('current.title', 'Current plan')}
            </Typography>
            <Flex gap={3}>
              <Typography variant="alpha">{plan?.name ?? overview.plan}</Typography>
              <Status variant={STATUS_VARIANTS[overview.status] ?? 'neutral'} size="S">
                <Typography fontWeight="bold">{statusLabel}</Typography>
              </Status>
            </Flex>
            {overview.currentPeriod?.end && (
              <Typography variant="omega" textColor="neutral600">
                {overview.cancelAtPeriodEnd
                  ? t('current.ends', 'Ends on {date}', { date: formatDate(overview.cancelAt ?? overview.currentPeriod.end, locale) })
                  : t('current.renews', 'Billed {interval}; renews on {date}', {
                      interval: overview.interval === 'yearly' ? t('interval.yearly', 'yearly') : t('interval.monthly', 'monthly'),
                      date: formatDate(overview.currentPeriod.end, locale),
                    })}
              </Typography>
            )}
          </Flex>
          {canManage && overview.status !== 'none' && (
            <Button startIcon={<ExternalLink />} variant="secondary" onClick={onManageBilling} loading={busy} disabled={!configured}>
              {t('current.manage', 'Manage billing')}
            </Button>
          )}
        </Flex>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Meter label={t('usage.members', 'Active members')} used={overview.usage.members.used} limit={overview.usage.members.limit} testId="billing-usage-members" />
          <Meter label={t('usage.searches', 'Searches this month')} used={overview.usage.searches.used} limit={overview.usage.searches.limit} testId="billing-usage-searches" />
          {overview.usage.warnings.map((warning) => (
            <Typography key={warning} variant="pi" textColor="warning600">
              {warning}
            </Typography>
          ))}
        </Flex>
      </Flex>
    </Box>
  );
};
