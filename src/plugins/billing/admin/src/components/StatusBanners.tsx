import { Alert, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Overview } from '../api';
import { useT } from '../hooks/useT';
import { formatDate } from '../utils/format';

type Props = {
  overview: Overview | null;
  configured: boolean;
  /** A super admin: told which settings are missing; a community's admin is told whom to ask. */
  operator: boolean;
  invoicesUnavailable?: string;
  checkoutResult: string | null;
  onDismissCheckout: () => void;
};

/** What needs the admin's attention first: billing off, money owed, a suspension, a plan ending. */
export const StatusBanners = ({ overview, configured, operator, invoicesUnavailable, checkoutResult, onDismissCheckout }: Props) => {
  const t = useT();
  const { locale } = useIntl();
  const suspended = overview?.community.accountStatus === 'suspended';

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {!configured && (
        <Alert variant="warning" title={t('banner.notConfigured.title', 'Billing is not configured')} closeLabel={t('banner.close', 'Close')}>
          {operator
            ? t(
                'banner.notConfigured.body',
                'Plans cannot be bought or changed until the server has STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET. Your current plan and usage are shown below.'
              )
            : t(
                'banner.notConfigured.bodyCommunityAdmin',
                'Online payment is not set up yet, so plans cannot be bought or changed here: ask your platform operator. Your current plan and usage are shown below.'
              )}
        </Alert>
      )}
      {checkoutResult === 'success' && (
        <Alert variant="success" title={t('banner.checkoutSuccess.title', 'Thank you')} closeLabel={t('banner.close', 'Close')} onClose={onDismissCheckout}>
          {t('banner.checkoutSuccess.body', 'Your new plan appears here as soon as Stripe confirms the payment (usually within a minute).')}
        </Alert>
      )}
      {checkoutResult === 'cancelled' && (
        <Alert variant="default" title={t('banner.checkoutCancelled.title', 'Checkout cancelled')} closeLabel={t('banner.close', 'Close')} onClose={onDismissCheckout}>
          {t('banner.checkoutCancelled.body', 'Nothing was charged and your plan is unchanged.')}
        </Alert>
      )}
      {suspended && (
        <Alert variant="danger" title={t('banner.suspended.title', 'This community is suspended')} closeLabel={t('banner.close', 'Close')}>
          {overview?.pastDue
            ? t('banner.suspended.unpaid', 'A bill has been unpaid since {since}. Members cannot search or use the directory until it is paid: use Manage billing to update the payment method.', {
                since: formatDate(overview.pastDue.since, locale),
              })
            : t('banner.suspended.other', 'Members cannot search or use the directory. Contact the platform team to reactivate it.')}
        </Alert>
      )}
      {overview?.pastDue && !suspended && (
        <Alert variant="danger" title={t('banner.pastDue.title', 'Payment overdue')} closeLabel={t('banner.close', 'Close')}>
          {t('banner.pastDue.body', 'The last payment failed. Update the payment method with Manage billing before {date}, or the community will be suspended.', {
            date: formatDate(overview.pastDue.graceEndsAt, locale),
          })}
        </Alert>
      )}
      {overview?.cancelAtPeriodEnd && overview.status !== 'canceled' && (
        <Alert variant="default" title={t('banner.ending.title', 'Your plan is ending')} closeLabel={t('banner.close', 'Close')}>
          {t('banner.ending.body', 'The subscription will not renew: on {date} the community moves to the free plan. You can resume it with Manage billing.', {
            date: formatDate(overview.cancelAt ?? overview.currentPeriod?.end, locale),
          })}
        </Alert>
      )}
      {invoicesUnavailable && (
        <Alert variant="warning" title={t('banner.invoices.title', 'Invoices unavailable')} closeLabel={t('banner.close', 'Close')}>
          {invoicesUnavailable}
        </Alert>
      )}
    </Flex>
  );
};
