import { errors } from '@strapi/utils';

const DAY_MS = 86_400_000;

/** A local calendar date (YYYY-MM-DD) as the instant its day starts, `offsetMinutes` east of UTC. */
export const localDayStart = (date: string, offsetMinutes: number): Date => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) - offsetMinutes * 60_000);
};

/** Today's local date at `offsetMinutes` east of UTC. */
export const localToday = (now: Date, offsetMinutes: number): string => new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Every date from `from` to `to`, both included. */
export const eachDay = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
};

export type DateRange = { from: string; to: string; offsetMinutes: number };

export const MAX_RANGE_DAYS = 366;

/** A range of local dates, both included; defaults to the last 30 days. */
export const resolveRange = (
  input: { from?: string; to?: string; tz?: number },
  now: Date
): DateRange & { start: Date; end: Date; days: number } => {
  const offsetMinutes = input.tz ?? 0;
  const to = input.to ?? localToday(now, offsetMinutes);
  const from = input.from ?? addDays(to, -29);
  if (from > to) throw new errors.ValidationError('The range starts after it ends (from must not be after to)', { field: 'from' });
  const days = daysBetween(from, to) + 1;
  if (days > MAX_RANGE_DAYS) throw new errors.ValidationError(`A range covers at most ${MAX_RANGE_DAYS} days`, { field: 'from' });
  return { from, to, offsetMinutes, days, start: localDayStart(from, offsetMinutes), end: localDayStart(addDays(to, 1), offsetMinutes) };
};
