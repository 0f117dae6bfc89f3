import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

export type LoadState<T> =
  | { status: 'loading'; data?: undefined; message?: undefined }
  | { status: 'ok'; data: T; meta: Record<string, unknown>; message?: undefined }
  | { status: 'forbidden'; data?: undefined; message: string }
  | { status: 'error'; data?: undefined; message: string };

type FetchError = { status?: number; response?: { status?: number; data?: { error?: { message?: string } } }; message?: string };

/** The message of a failed admin request, from Strapi's error envelope when there is one. */
export const errorMessage = (error: unknown): string => {
  const failure = error as FetchError;
  return failure?.response?.data?.error?.message ?? failure?.message ?? 'The request failed';
};

export const errorStatus = (error: unknown): number | undefined => {
  const failure = error as FetchError;
  return failure?.response?.status ?? failure?.status;
};

/**
 * GETs one of the plugin's admin routes and tracks loading, error and no-permission (403) states;
 * `reload` fetches again. `url` null waits (e.g. until a community is picked).
 */
export const useAdminGet = <T>(url: string | null, params?: Record<string, unknown>) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<LoadState<T>>({ status: 'loading' });
  const [version, setVersion] = React.useState(0);
  const key = JSON.stringify(params ?? {});

  React.useEffect(() => {
    if (url === null) return undefined;
    const controller = new AbortController();
    setState({ status: 'loading' });
    get<{ data: T; meta?: Record<string, unknown> }>(url, { params: JSON.parse(key) as Record<string, unknown>, signal: controller.signal })
      .then((response) => setState({ status: 'ok', data: response.data.data, meta: response.data.meta ?? {} }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const status = errorStatus(error);
        setState({ status: status === 403 ? 'forbidden' : 'error', message: errorMessage(error) });
      });
    return () => controller.abort();
  }, [get, url, key, version]);

  return { ...state, reload: () => setVersion((value) => value + 1) };
};

/** The admin's offset from UTC in minutes east (India: 330), so "today" means their today. */
export const browserOffsetMinutes = () => -new Date().getTimezoneOffset();
