// How long someone has waited, against the marks community teams are measured by: 30 minutes, then a day.
import { REPLY_MARKS } from '../db/stats';

export type WaitClass = 'fresh' | 'day' | 'late';

export function waitClass(at: number, now: number): WaitClass {
  const waited = now - at;
  if (waited <= REPLY_MARKS.fast) return 'fresh';
  return waited <= REPLY_MARKS.day ? 'day' : 'late';
}

/** The wait in the largest whole unit: minutes under an hour, hours under two days, then days. Never negative. */
export function waitAge(at: number, now: number): { unit: 'minutes' | 'hours' | 'days'; n: number } {
  const minutes = Math.max(0, Math.floor((now - at) / 60_000));
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.floor(hours / 24) };
}
