import { Box, EmptyStateLayout, Flex } from '@strapi/design-system';
import { PriceTag } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { errorMessage, type CheckoutAnswer, type Interval } from '../api';
import { CommunityPicker } from '../components/CommunityPicker';
import { CurrentPlan } from '../components/CurrentPlan';
import { InvoiceTable } from '../components/InvoiceTable';
import { PlanChooser } from '../components/PlanChooser';
import { StatusBanners } from '../components/StatusBanners';
import { useCommunities, useOverview } from '../hooks/useBilling';
import { useT } from '../hooks/useT';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

/**
 * Billing for the communities the admin manages: plan and usage against its limits, upgrades
 * through Stripe Checkout, the billing portal, invoices, and what needs attention (payment
 * overdue, suspension, billing not configured).
 */
const BillingContent = () => {
  const t = useT();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC(PERMISSIONS as never);
  const [searchParams, setSearchParams] = useSearchParams();
  const [busy, setBusy] = useState<string | null>(null);

  const requested = searchParams.get('community');
  const checkoutResult = searchParams.get('checkout');
  const [chosen, setChosen] = useState<string | null>(requested);
  const communities = useCommunities();
  const list = communities.answer?.data ?? [];
  const selected = list.find((community) => community.documentId === chosen)?.documentId ?? list[0]?.documentId ?? null;
  const { overview, error } = useOverview(selected, checkoutResult === 'success');
  const configured = communities.answer?.meta.configured ?? true;
  const operator = communities.answer?.meta.operator ?? false;

  const select = (documentId: string) => {
    setChosen(documentId);
    setSearchParams({ community: documentId });
  };

  const fail = (failure: unknown, fallback: string) => toggleNotification({ type: 'danger', message: errorMessage(failure, fallback) });

  const choose = async (plan: string, interval: Interval) => {
    if (!selected) return;
    setBusy(plan);
    try {
      const { data } = await post<CheckoutAnswer>(`/${PLUGIN_ID}/communities/${encodeURIComponent(selected)}/checkout`, { plan, interval });
      if (data.url) {
        window.location.assign(data.url);
        return;
      }
      if ('contactSales' in data) {
        toggleNotification({
          type: 'info',
          message: data.message,
          ...(data.contactUrl ? { link: { url: data.contactUrl, label: t('plans.contactSales', 'Contact sales') } } : {}),
        });
      }
    } catch (failure) {
      fail(failure, t('errors.checkout', 'The checkout could not be opened'));
    } finally {
      setBusy(null);
    }
  };

  const manageBilling = async () => {
    if (!selected) return;
    setBusy('portal');
    try {
      const { data } = await post<{ url: string }>(`/${PLUGIN_ID}/communities/${encodeURIComponent(selected)}/portal`, {});
      window.location.assign(data.url);
    } catch (failure) {
      fail(failure, t('errors.portal', 'The billing portal could not be opened'));
      setBusy(null);
    }
  };

  if (communities.error) return <Page.Error />;
  if (!communities.answer) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name', 'Billing')}</Page.Title>
      <Layouts.Header
        title={t('page.title', 'Billing')}
        subtitle={overview?.data.community.name ?? t('page.subtitle', 'Plan, usage and invoices')}
        primaryAction={<CommunityPicker communities={list} selected={selected} onSelect={select} />}
      />
      <Layouts.Content>
        {list.length === 0 ? (
          <EmptyStateLayout icon={<PriceTag width="64px" height="64px" />} content={t('empty', 'You do not manage any community yet.')} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <StatusBanners
              overview={overview?.data ?? null}
              configured={configured}
              operator={operator}
              invoicesUnavailable={overview?.meta.invoicesUnavailable}
              checkoutResult={checkoutResult}
              onDismissCheckout={() => setSearchParams(selected ? { community: selected } : {})}
            />
            {error && (
              <Box>
                <Page.Error />
              </Box>
            )}
            {!overview && !error && <Page.Loading />}
            {overview && (
              <>
                <CurrentPlan
                  overview={overview.data}
                  canManage={allowedActions.canManage}
                  configured={configured}
                  busy={busy === 'portal'}
                  onManageBilling={manageBilling}
                />
                {allowedActions.canManage && (
                  <PlanChooser overview={overview.data} configured={configured} busyPlan={busy} onChoose={choose} onManageBilling={manageBilling} />
                )}
                <InvoiceTable invoices={overview.data.invoices} />
              </>
            )}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

const BillingPage = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <BillingContent />
  </Page.Protect>
);

export default BillingPage;
