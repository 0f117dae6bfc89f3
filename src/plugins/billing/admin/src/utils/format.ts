/** Currencies Stripe counts in whole units (no cents). */
const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);

/** An amount in Stripe's smallest unit, as money in the admin's locale. */
export const formatMoney = (amount: number, currency: string, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(ZERO_DECIMAL.has(currency.toLowerCase()) ? amount : amount / 100);

export const formatDate = (iso: string | null | undefined, locale: string) =>
  iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : '—';

export const formatLimit = (limit: number | null, unlimited: string, locale: string) =>
  limit === null ? unlimited : new Intl.NumberFormat(locale).format(limit);
