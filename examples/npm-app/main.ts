/**
 * Coalition Kit in a single-page app built with npm: one import per widget, and a route that
 * adds and removes the agenda (the widget aborts its requests on removal and reloads when back).
 * Run: `npm run build && npx vite examples/npm-app` with `ck-server serve --demo` on :8787
 * (or change FEED).
 */
import '@coalition-kit/elements/feed.js';
import '@coalition-kit/elements/agenda.js';
import type { CkLoadEvent } from '@coalition-kit/elements';

const FEED = 'http://127.0.0.1:8787/v1';
const outlet = document.querySelector<HTMLElement>('#outlet')!;

function show(route: string): void {
  outlet.replaceChildren();
  if (route !== 'agenda') {
    outlet.append(Object.assign(document.createElement('p'), { textContent: 'Bienvenue.' }));
    return;
  }
  const feed = document.createElement('ck-feed');
  feed.src = FEED;
  const agenda = document.createElement('ck-agenda');
  agenda.limit = 5;
  agenda.headingLevel = 2;
  feed.append(agenda);
  outlet.append(feed);
}

document.addEventListener('ck-load', (event: CkLoadEvent) =>
  console.info('agenda loaded', event.detail.counts),
);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-route]')) {
  button.addEventListener('click', () => show(button.dataset.route!));
}
show('agenda');
