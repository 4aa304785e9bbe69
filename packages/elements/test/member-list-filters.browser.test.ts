/** `<ck-member-list>`'s filters: presets, the visitor's form, counts, orders, search, paging. */
import { expect } from '@open-wc/testing';
import '../src/member-list/define.js';
import type { CkMemberList } from '../src/member-list/member-list.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa, status, txt } from './helpers/query.js';

const names = (el: Element) => qa(el, '[part~="item-title"]').map(txt);
const directory = (attrs: Record<string, string> = {}) =>
  mount('ck-member-list', { feed: freshFeed('directory'), ...attrs });

async function type(el: CkMemberList, text: string) {
  const search = q(el, 'input[type="search"]') as HTMLInputElement;
  search.value = text;
  search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function pick(el: CkMemberList, name: string, value: string) {
  const select = q(el, `select[name="${name}"]`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const options = (el: Element, name: string) =>
  [...(q(el, `select[name="${name}"]`) as HTMLSelectElement).options].map((o) => txt(o));

afterEach(unmountAll);

describe('ck-member-list presets (attributes)', () => {
  it('kinds, themes, region, coalition and q narrow the list', async () => {
    expect(names(await directory({ kinds: 'collectivite, entreprise' }))).to.deep.equal([
      'Département de la Somme',
      'Énergies citoyennes en Somme',
      'Ville de Lille',
    ]);
    expect(names(await directory({ themes: 'mobilite' }))).to.deep.equal([
      'Département de la Somme',
      'Droit au vélo',
    ]);
    // Region: accents, case and dashes ignored.
    expect(names(await directory({ region: 'somme' }))).to.have.length(3);
    const metropole = names(await directory({ coalition: 'lille-metropole' }));
    // From the members' own lists and from the coalition's member list alike.
    expect(metropole).to.deep.equal([
      'Collectif citoyen de Fives',
      'Droit au vélo',
      'Maison régionale de l’environnement et des solidarités',
      'Ville de Lille',
    ]);
    expect(names(await directory({ q: 'lille' }))).to.deep.equal([
      'Collectif citoyen de Fives',
      'Maison régionale de l’environnement et des solidarités',
      'Rectorat de l’académie de Lille',
      'Ville de Lille',
    ]);
  });

  it('a preset control is not offered again; a preset list limits the choices', async () => {
    const el = await directory({ region: 'Somme', coalition: 'cop-regionale' });
    expect(q(el, 'select[name="region"]')).to.equal(null);
    expect(q(el, 'select[name="coalition"]')).to.equal(null);
    const kinds = await directory({ kinds: 'association collectivite' });
    expect(options(kinds, 'kind')).to.deep.equal(['Tous', 'Association (3)', 'Collectivité (2)']);
  });

  it('`sort="newest"`: latest joined first; `no-filters` hides the form', async () => {
    const el = await directory({ sort: 'newest', 'no-filters': '' });
    expect(names(el).slice(0, 3)).to.deep.equal([
      'Énergies citoyennes en Somme',
      'Collectif citoyen de Fives',
      'École des transitions',
    ]);
    expect(q(el, '[part~="filters"]')).to.equal(null);
    expect(q(el, '#ck-member-sort')).to.equal(null);
  });
});

describe('ck-member-list visitor filters', () => {
  it('counts per kind beside the kind filter, following the other filters', async () => {
    const el = await directory();
    expect(options(el, 'kind')).to.deep.equal([
      'Tous',
      'Association (3)',
      'Collectif citoyen (1)',
      'Collectivité (2)',
      'Entreprise (1)',
      'Établissement public (2)',
      'Institution (2)',
      'Réseau (1)',
    ]);
    await type(el, 'lille');
    expect(options(el, 'kind')).to.include.members(['Collectivité (1)', 'Association (0)']);
    await pick(el, 'kind', 'collectivite');
    expect(names(el)).to.deep.equal(['Ville de Lille']);
    // The choice made keeps its count, the others still say what they would show.
    expect(options(el, 'kind')).to.include('Institution (1)');
  });

  it('theme, region and coalition choices; the count is said politely', async () => {
    const el = await directory({ lang: 'en' });
    await pick(el, 'theme', 'education');
    expect(names(el)).to.have.length(4);
    expect(status(el)).to.equal('4 organisations found.');
    await pick(el, 'region', 'Hauts-de-France');
    await pick(el, 'coalition', 'cop-regionale');
    expect(names(el)).to.deep.equal(['École des transitions']);
    expect(status(el)).to.equal('1 organisation found.');
    expect(options(el, 'coalition')).to.deep.equal([
      'All',
      'Coalition de la métropole lilloise',
      'Coalition régionale pour la COP',
    ]);
  });

  it('both orders: by name (French collation) and newest first', async () => {
    const el = await directory();
    const sort = q(el, '#ck-member-sort') as HTMLSelectElement;
    sort.value = 'newest';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el).slice(0, 2)).to.deep.equal([
      'Énergies citoyennes en Somme',
      'Collectif citoyen de Fives',
    ]);
    expect(names(el).at(-1)).to.equal('Cerdd');
    sort.value = 'name';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // "É" and "Œ" with their letters, not after "Z".
    expect(names(el).indexOf('École des transitions')).to.equal(4);
    expect(names(el).indexOf('Œuvres laïques d’éducation populaire')).to.equal(9);
  });

  it('the reset button of the form clears every filter', async () => {
    const el = await directory();
    await type(el, 'lille');
    await pick(el, 'theme', 'education');
    expect(names(el)).to.deep.equal(['Rectorat de l’académie de Lille']);
    const reset = q(el, '[part~="filters"] .reset') as HTMLButtonElement;
    reset.focus();
    reset.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(12);
    // The button goes with the filters: a keyboard visitor stays in the form, not on <body>.
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('q');
  });
});

describe('ck-member-list search', () => {
  const cases: [string, string][] = [
    ['ecole', 'École des transitions'],
    ['ÉCOLE', 'École des transitions'],
    ['oeuvres', 'Œuvres laïques d’éducation populaire'],
    ["l'ademe", 'L’ADEME Hauts-de-France'],
    ['saint etienne', 'École des transitions'],
    ['nausicaa', 'Nausicaà, Centre national de la mer'],
    ['toits solaires', 'Énergies citoyennes en Somme'],
    ['velo', 'Droit au vélo'],
  ];
  for (const [query, found] of cases)
    it(`"${query}" finds "${found}" (name, description or locality)`, async () => {
      const el = await directory();
      await type(el, query);
      expect(names(el)).to.deep.equal([found]);
    });

  it('markup typed in the search box is text to find, and finds nothing here', async () => {
    const el = await directory();
    await type(el, '<script>alert(1)</script>');
    expect(names(el)).to.deep.equal([]);
    expect(q(el, 'script')).to.equal(null);
  });

  it('"Effacer les filtres" of the no-result state brings everyone back, focus in the search', async () => {
    const el = await directory();
    await type(el, 'zzzz');
    q(el, '[part~="clear-filters"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.have.length(12);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, 'input[type="search"]'));
    expect(status(el)).to.equal('12 acteurs trouvés.');
  });
});

describe('ck-member-list with thousands of members', () => {
  it('shows 50, then 50 more with focus on the first new one; a filter starts again from 50', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory-big') });
    expect(names(el)).to.have.length(50);
    const more = q(el, '[part~="show-more"]')!;
    expect(txt(more)).to.equal('Afficher 50 acteurs de plus (1 950 restants)');
    expect(status(el)).to.equal('2 000 acteurs trouvés.');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.have.length(100);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.matches('[part~="item-title"]')).to.equal(true);
    expect(txt(focused)).to.equal(names(el)[50]);
    await type(el, 'amiens');
    expect(names(el)).to.have.length(50);
    expect(status(el)).to.equal('400 acteurs trouvés.');
  });
});
