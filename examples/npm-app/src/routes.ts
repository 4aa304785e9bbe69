/**
 * The app's pages, each made of widgets created from code: typed elements (the tag name
 * map gives `CkAgenda`, `CkPledgeForm`…) and typed properties. Leaving a page removes its
 * widgets: they abort their requests, and load again when the page comes back.
 */
import '@coalition-kit/elements/feed.js';
import '@coalition-kit/elements/agenda.js';
import '@coalition-kit/elements/member-list.js';
import '@coalition-kit/elements/coalition-map.js';
import '@coalition-kit/elements/pledge-form.js';
import '@coalition-kit/elements/coalition-form.js';

export type Route = 'accueil' | 'agenda' | 'membres' | 'agir';

/** The widgets of `route`, inside one `<ck-feed>` that gives them one client. */
export function page(route: Route, feed: string): HTMLElement {
  if (route === 'accueil')
    return Object.assign(document.createElement('p'), { textContent: 'Bienvenue.' });
  const provider = document.createElement('ck-feed');
  provider.src = feed;
  if (route === 'agenda') {
    const agenda = document.createElement('ck-agenda');
    agenda.limit = 5;
    agenda.headingLevel = 3;
    provider.append(agenda);
  } else if (route === 'membres') {
    const members = document.createElement('ck-member-list');
    members.layout = 'list';
    members.pageSize = 10;
    // Who acts where: the local coalitions, on the map and in the list that says the same.
    const map = document.createElement('ck-coalition-map');
    map.headingLevel = 3;
    provider.append(members, map);
  } else {
    const pledge = document.createElement('ck-pledge-form');
    pledge.campaign = 'appel-engagements';
    pledge.headingLevel = 3;
    const declaration = document.createElement('ck-coalition-form');
    declaration.headingLevel = 3;
    provider.append(pledge, declaration);
  }
  return provider;
}
