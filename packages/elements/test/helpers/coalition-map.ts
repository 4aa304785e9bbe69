/** Reading <ck-coalition-map> the way a visitor perceives it. */
import { q, qa, txt } from './query.js';

/** Accessible names of the lone markers drawn. */
export const markerNames = (el: Element) =>
  qa(el, '[part~="marker"]').map((m) => m.getAttribute('aria-label') ?? '');

/** Accessible names of the clusters drawn. */
export const clusterNames = (el: Element) =>
  qa(el, '[part~="cluster"]').map((m) => m.getAttribute('aria-label') ?? '');

/** Ids of the coalitions on the map: lone markers, and every coalition inside a cluster. */
export function mapIds(el: Element): string[] {
  return qa(el, '[part~="marker"], [part~="cluster"]').flatMap((m) =>
    (m.getAttribute('data-ids') ?? '').split(' ').filter(Boolean),
  );
}

/** Ids of the coalitions in the list, in order. */
export const listIds = (el: Element) =>
  qa(el, '[part~="item"]').map((li) => li.getAttribute('data-id') ?? '');

/** The open card's title. */
export const cardTitle = (el: Element) => txt(q(el, '[part~="card-title"]'));

async function switchTo(el: Element, label: RegExp): Promise<void> {
  const button = qa(el, '[part~="views"] button').find((b) => label.test(txt(b)));
  if (!button) throw new Error(`no view button ${label}`);
  button.click();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

export const showList = (el: Element) => switchTo(el, /^(Liste|List)$/);
export const showMap = (el: Element) => switchTo(el, /^(Carte|Map)$/);

/** A click on a mark (SVG elements have no `click()`). */
export function press(mark: Element | null): void {
  if (!mark) throw new Error('no such mark');
  mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}
