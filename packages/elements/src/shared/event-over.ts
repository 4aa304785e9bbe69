/**
 * "Is this event over?", as the agenda and the member list's upcoming events both ask it: a
 * timed event once its end (or start) instant passed, an all-day one once its last day ended
 * in the collective's `zone` (not in UTC: in Martinique that is 20:00).
 */
import { isPlainDate, type Event } from '@coalition-kit/sdk';
import { dayKey } from './format.js';

export function overAt(now: Date, zone: string): (e: Event) => boolean {
  const today = dayKey(now.toISOString(), zone);
  const t = now.getTime();
  return (e) => {
    const end = e.endDate ?? e.startDate;
    return isPlainDate(end) ? end < today : Date.parse(end) < t;
  };
}
