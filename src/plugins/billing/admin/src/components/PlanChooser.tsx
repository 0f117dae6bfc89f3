import { Box, Button, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowRight, Mail } from '@strapi/icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import { CURRENT_STATUSES, type CataloguePlan, type Interval, type Overview } from '../api';
import { useT } from '../hooks/useT';
import { formatLimit } from '../utils/format';

type Props = {
  overview: Overview;
  configured: boolean;
  busyPlan: string | null;
  onChoose: (plan: string, interval: Interval) => void;
  onManageBilling: () => void;
};

const price = (plan: CataloguePlan, interval: Interval, locale: string) =>
  plan.priceUsd ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(plan.priceUsd[interval]) : null;

/**
 * The plans to move to. A first paid plan goes through Stripe Checkout; once a subscription is
 * running, plan changes are made in Stripe's billing portal (a second checkout would bill twice).
 */
export const PlanChooser = ({ overview, configured, busyPlan, onChoose, onManageBilling }: Props) => {
  const t = useT();
  const { locale } = useIntl();
  const [interval, setInterval] = useState<Interval>(overview.interval ?? 'monthly');
  const subscribed = CURRENT_STATUSES.has(overview.status);
  const plans = overview.plans.filter((plan) => plan.id !== 'free');

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="center" wrap="wrap" gap={3}>
          <Typography variant="delta" tag="h2">
            {t('plans.title', 'Plans')}
          </Typography>
          <Box minWidth="180px">
            <SingleSelect
              aria-label={t('plans.interval', 'Billing interval')}
              value={interval}
              onChange={(value: string | number) => setInterval(value === 'yearly' ? 'yearly' : 'monthly')}
            >
              <SingleSelectOption value="monthly">{t('interval.payMonthly', 'Pay monthly')}</SingleSelectOption>
              <SingleSelectOption value="yearly">{t('interval.payYearly', 'Pay yearly')}</SingleSelectOption>
            </SingleSelect>
          </Box>
        </Flex>
        <Grid.Root gap={4} gridCols={12}>
          {plans.map((plan) => {
            const current = plan.id === overview.plan;
            const amount = price(plan, interval, locale);
            const available = plan.intervals.includes(interval);
            return (
              <Grid.Item key={plan.id} col={4} s={12} direction="column" alignItems="stretch">
                <Box padding={5} hasRadius borderColor={current ? 'primary600' : 'neutral200'} background={current ? 'primary100' : 'neutral0'} height="100%">
                  <Flex direction="column" alignItems="stretch" gap={3} height="100%">
                    <Typography variant="beta">{plan.name}</Typography>
                    <Typography variant="omega" textColor="neutral700">
                      {amount
                        ? t(interval === 'yearly' ? 'plans.perYear' : 'plans.perMonth', interval === 'yearly' ? '{amount} a year' : '{amount} a month', { amount })
                        : t('plans.custom', 'Custom pricing')}
                    </Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {t('plans.limits', '{members} members · {searches} searches a month', {
                        members: formatLimit(plan.memberLimit, t('usage.unlimitedCapital', 'Unlimited'), locale),
                        searches: formatLimit(plan.searchLimitPerMonth, t('usage.unlimited', 'unlimited'), locale),
                      })}
                    </Typography>
                    <Box marginTop="auto" paddingTop={2}>
                      {current ? (
                        <Button variant="tertiary" disabled fullWidth>
                          {t('plans.current', 'Current plan')}
                        </Button>
                      ) : !plan.selfServe ? (
                        <Button variant="secondary" startIcon={<Mail />} fullWidth loading={busyPlan === plan.id} disabled={!configured} onClick={() => onChoose(plan.id, interval)}>
                          {t('plans.contactSales', 'Contact sales')}
                        </Button>
                      ) : subscribed ? (
                        <Button variant="secondary" endIcon={<ArrowRight />} fullWidth disabled={!configured} onClick={onManageBilling}>
                          {t('plans.changeInPortal', 'Change in billing portal')}
                        </Button>
                      ) : !available ? (
                        // Not a dead button: what to do to buy it.
                        <Typography variant="pi" textColor="neutral600" tag="p" data-testid={`billing-plan-${plan.id}-interval-hint`}>
                          {plan.intervals.length === 0
                            ? t('plans.notOnSale', 'Not on sale online yet')
                            : t('plans.onlyInterval', 'Billed {interval} only: choose "Pay {interval}" above', {
                                interval: interval === 'yearly' ? t('interval.monthly', 'monthly') : t('interval.yearly', 'yearly'),
                              })}
                        </Typography>
                      ) : (
                        <Button
                          endIcon={configured ? <ArrowRight /> : undefined}
                          fullWidth
                          loading={busyPlan === plan.id}
                          disabled={!configured}
                          onClick={() => onChoose(plan.id, interval)}
                        >
                          {t('plans.upgrade', 'Upgrade')}
                        </Button>
                      )}
                    </Box>
                  </Flex>
                </Box>
              </Grid.Item>
            );
          })}
        </Grid.Root>
      </Flex>
    </Box>
  );
};
