import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';

import { CURRENT_STATUSES, errorMessage, type CommunitiesAnswer, type OverviewAnswer } from '../api';
import { PLUGIN_ID } from '../pluginId';

/** After a checkout, Stripe's webhook may land a little after the customer: look again a few times. */
const CONFIRMATION_POLLS = 10;
const CONFIRMATION_POLL_MS = 3000;

/** The communities the admin may bill, and whether billing is configured. */
export const useCommunities = () => {
  const { get } = useFetchClient();
  const [answer, setAnswer] = useState<CommunitiesAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<CommunitiesAnswer>(`/${PLUGIN_ID}/communities`).then(
      (response) => setAnswer(response.data),
      (failure: unknown) => setError(errorMessage(failure, 'The communities could not be loaded'))
    );
  }, [get]);

  return { answer, error };
};

/** One community's billing; polled for a little while after a checkout until Stripe confirms it. */
export const useOverview = (selected: string | null, awaitingCheckout: boolean) => {
  const { get } = useFetchClient();
  const [overview, setOverview] = useState<OverviewAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!selected) return null;
    try {
      const response = await get<OverviewAnswer>(`/${PLUGIN_ID}/communities/${encodeURIComponent(selected)}`);
      setOverview(response.data);
      setError(null);
      return response.data;
    } catch (failure) {
      setError(errorMessage(failure, 'Billing could not be loaded'));
      return null;
    }
  }, [get, selected]);

  useEffect(() => {
    let cancelled = false;
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      const answer = await load();
      if (cancelled || !awaitingCheckout || !answer || CURRENT_STATUSES.has(answer.data.status) || ++polls >= CONFIRMATION_POLLS) return;
      timer = setTimeout(run, CONFIRMATION_POLL_MS);
    };
    setOverview(null);
    void run();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [load, awaitingCheckout]);

  return { overview, error };
};
