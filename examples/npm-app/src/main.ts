/**
 * Coalition Kit in a single-page app built with Vite: one import per widget, the SDK for a
 * list of our own, and the widgets' typed events.
 * Run: `npm run build`, `npx ck-server serve --demo` (the feed on :8787), then
 * `npx vite examples/npm-app` (or `npx vite build examples/npm-app`; `?feed=` for another feed).
 */
import type { CkLoadEvent, CkPledgeSubmittedEvent } from '@coalition-kit/elements';
import { FEED } from './feed-url.js';
import { showNextEvents } from './next-events.js';
import { page, type Route } from './routes.js';

const outlet = document.querySelector<HTMLElement>('#outlet')!;
const journal = document.querySelector<HTMLElement>('#journal')!;

function show(route: Route): void {
  outlet.replaceChildren(page(route, FEED));
}

// Typed through GlobalEventHandlersEventMap: `detail` needs no cast.
document.addEventListener('ck-load', (event: CkLoadEvent) => {
  const counts = Object.entries(event.detail.counts).map(([name, n]) => `${name} ${n}`);
  journal.textContent = `${(event.target as Element).localName} : ${counts.join(', ')}`;
});
document.addEventListener('ck-error', (event) => {
  journal.textContent = event.detail.message;
});
document.addEventListener('ck-pledge-submitted', (event: CkPledgeSubmittedEvent) => {
  journal.textContent = `Merci ! Engagement ${event.detail.id} enregistré.`;
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-route]')) {
  button.addEventListener('click', () => show(button.dataset.route as Route));
}
show('agenda');
void showNextEvents(document.querySelector<HTMLElement>('#prochains')!, FEED);
