/**
 * A way out of a member list the server refused. The Content Manager keeps the list's filters in
 * the URL and in localStorage (`STRAPI_LIST_VIEW_SETTINGS:<model>:<instance>`), and puts them back
 * on every visit; when the server refuses a filter (400) its list page shows only "Whoops! Something
 * went wrong", with no injection zone to offer anything else, and stays broken across reloads and
 * logins. So the answer of the list request itself is watched: a refused member list gets a banner
 * with the server's reason and a "Clear filters" button that forgets the stored filters and opens
 * the list without them.
 */

const MEMBER_MODEL = 'api::member.member';
const LIST_API_PATH = `/content-manager/collection-types/${MEMBER_MODEL}`;
const LIST_VIEW_SETTINGS_PREFIX = `STRAPI_LIST_VIEW_SETTINGS:${MEMBER_MODEL}`;
export const RECOVERY_BANNER_ID = 'cc-member-list-recovery';

const requestUrl = (input: RequestInfo | URL): URL | null => {
  try {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new URL(raw, window.location.origin);
  } catch {
    return null;
  }
};

/** The list request (not one document: that path has a further segment) with filters. */
export const isFilteredMemberList = (url: URL, method: string) =>
  method === 'GET' && url.pathname.endsWith(LIST_API_PATH) && [...url.searchParams.keys()].some((key) => key.startsWith('filters'));

/** Forgets the member list's stored filters (every instance's), keeping its sort and page size. */
export const forgetStoredMemberFilters = (storage: Storage) => {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null && key.startsWith(LIST_VIEW_SETTINGS_PREFIX)
  );
  for (const key of keys) {
    try {
      const { filters: _filters, ...rest } = JSON.parse(storage.getItem(key) ?? '{}') as Record<string, unknown>;
      if (Object.keys(rest).length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(rest));
    } catch {
      storage.removeItem(key);
    }
  }
};

/** The list page's URL without its filters (and back on the first page). */
export const withoutFilters = (href: string) => {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('filters') || key === 'page') url.searchParams.delete(key);
  return `${url.pathname}${url.search}${url.hash}`;
};

const removeBanner = () => document.getElementById(RECOVERY_BANNER_ID)?.remove();

const showBanner = (reason: string) => {
  removeBanner();
  const banner = document.createElement('div');
  banner.id = RECOVERY_BANNER_ID;
  banner.setAttribute('role', 'alert');
  banner.setAttribute('data-testid', 'member-list-recovery');
  Object.assign(banner.style, {
    position: 'fixed',
    top: '16px',
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: '1000',
    maxWidth: '640px',
    padding: '16px 20px',
    background: '#fcecea',
    border: '1px solid #f5c0b8',
    borderRadius: '4px',
    color: '#b72b1a',
    font: '14px/1.45 system-ui, sans-serif',
    boxShadow: '0 1px 4px rgba(33, 33, 52, 0.1)',
    display: 'flex',
    gap: '16px',
    alignItems: 'center',
  });
  const message = document.createElement('p');
  message.style.margin = '0';
  message.textContent = `The member list could not be shown with these filters. ${reason}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Clear filters';
  Object.assign(button.style, {
    flex: '0 0 auto',
    padding: '8px 16px',
    border: 'none',
    borderRadius: '4px',
    background: '#4945ff',
    color: '#ffffff',
    font: 'inherit',
    fontWeight: '600',
    cursor: 'pointer',
  });
  button.addEventListener('click', () => {
    forgetStoredMemberFilters(window.localStorage);
    // A full load: the Content Manager reads its stored filters again, and finds none.
    window.location.assign(withoutFilters(window.location.href));
  });
  banner.append(message, button);
  document.body.append(banner);
  // Leaving the member list (the admin panel navigates without reloading) takes the banner along.
  const listPage = window.location.pathname;
  const watch = window.setInterval(() => {
    if (!document.body.contains(banner)) window.clearInterval(watch);
    else if (window.location.pathname !== listPage) {
      window.clearInterval(watch);
      banner.remove();
    }
  }, 500);
};

const reasonOf = async (response: Response) => {
  try {
    const body = (await response.clone().json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string' && body.error.message.trim() !== '') return body.error.message;
  } catch {
    // Not the error envelope: the generic reason below.
  }
  return response.status >= 500 ? 'The server could not answer.' : 'The server refused them.';
};

let installed = false;

/** Wraps `fetch` once, in the browser; every other request passes through untouched. */
export const installMemberListRecovery = () => {
  if (installed || typeof window === 'undefined' || typeof window.fetch !== 'function') return;
  installed = true;
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await originalFetch(input, init);
    const url = requestUrl(input);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (url && method === 'GET' && url.pathname.endsWith(LIST_API_PATH)) {
      if (!response.ok && isFilteredMemberList(url, method)) showBanner(await reasonOf(response));
      else if (response.ok) removeBanner();
    }
    return response;
  };
};
