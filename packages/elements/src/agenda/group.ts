/** Events by day (in the collective's zone): the list's headings per day, the month grid's counts. */
import type { Event } from '@coalition-kit/sdk';
import { dayKey } from '../shared/format.js';

export interface DayGroup {
  /** `2026-03-14` */
  day: string;
  events: Event[];
}

export function groupByDay(events: readonly Event[], timeZone: string): DayGroup[] {
  const groups: DayGroup[] = [];
  let current: DayGroup | undefined;
  for (const event of events) {
    const day = dayKey(event.startDate, timeZone);
    if (current?.day !== day) {
      current = { day, events: [] };
      groups.push(current);
    }
    current.events.push(event);
  }
  return groups;
}

/** How many events start on each day, for the month grid. */
export function countByDay(events: readonly Event[], timeZone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const day = dayKey(e.startDate, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** `2026-03` → `2026-04` (delta +1) or `2026-02` (delta −1). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export const isMonth = (value: string | undefined): value is string =>
  !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
