/**
 * A list of our own, built with the SDK alone: typed data (`Event`), the same lenient
 * validation as the widgets (bad items are left out and reported), our own markup.
 */
import { createClient, type Event } from '@coalition-kit/sdk';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full' });

/** A line of the list: the event's day, then its name. Text only: feed data is never HTML. */
function line(event: Event): HTMLLIElement {
  const item = document.createElement('li');
  const day = dayFormat.format(new Date(event.startDate));
  item.textContent = `${day} — ${event.name}`;
  item.dataset.id = event.id;
  return item;
}

/** Fills `list` with the next `count` events of `feed`; says so when there are none. */
export async function showNextEvents(list: HTMLElement, feed: string, count = 3): Promise<void> {
  const client = createClient({ feed, lang: 'fr' });
  const { items, issues } = await client.events({ from: new Date().toISOString() });
  if (issues.length > 0) console.warn(`${issues.length} événement(s) écarté(s)`, issues);
  const next = items.slice(0, count);
  list.replaceChildren(...next.map(line));
  if (next.length === 0) list.textContent = 'Aucun rendez-vous à venir.';
  list.dataset.state = 'populated';
}
