import * as React from 'react';

import { useAuth, useFetchClient } from '@strapi/strapi/admin';

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T; meta: Record<string, unknown> }
  | { status: 'forbidden'; message: string }
  | { status: 'error'; message: string };

type FetchError = { status?: number; response?: { status?: number; data?: { error?: { message?: string } } }; message?: string };

/** The message of a failed admin request, from Strapi's error envelope when there is one. */
export const errorMessage = (error: unknown): string => {
  const failure = error as FetchError;
  return failure?.response?.data?.error?.message ?? failure?.message ?? 'The request failed';
};

const errorStatus = (error: unknown) => (error as FetchError)?.response?.status ?? (error as FetchError)?.status;

/** GETs one of the plugin's admin routes, with loading, error and no-permission states; `url` null waits. */
export const useAdminGet = <T,>(url: string | null, params?: Record<string, unknown>) => {
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
        setState({ status: errorStatus(error) === 403 ? 'forbidden' : 'error', message: errorMessage(error) });
      });
    return () => controller.abort();
  }, [get, url, key, version]);

  return { state, reload: () => setVersion((value) => value + 1) };
};

type Permission = { action: string; subject: string | null };

/** Whether the admin holds every listed permission (null while checking). */
export const useCan = (permissions: Permission[]): boolean | null => {
  const check = useAuth('useCan', (auth) => auth.checkUserHasPermissions);
  const [can, setCan] = React.useState<boolean | null>(null);
  const key = JSON.stringify(permissions);
  React.useEffect(() => {
    let live = true;
    const wanted = JSON.parse(key) as Permission[];
    check(wanted)
      .then((matching) => live && setCan(matching.length >= wanted.length))
      .catch(() => live && setCan(false));
    return () => {
      live = false;
    };
  }, [check, key]);
  return can;
};
