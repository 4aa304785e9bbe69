/**
 * The member list's directory: entries with the coalitions of both documents, and the same
 * selection and counts whether a filter is set or not (without one, the sorted list itself
 * is the selection).
 */
import { expect } from '@open-wc/testing';
import type { Coalition, Member } from '@coalition-kit/sdk';
import {
  NO_FILTERS,
  buildDirectory,
  countKinds,
  selectMembers,
  visitorFilter,
} from '../src/member-list/directory.js';

const members: Member[] = [
  { id: 'b', name: 'Zéro déchet Lille', kind: 'association', region: 'Nord', themes: ['dechets'] },
  { id: 'a', name: 'École des transitions', kind: 'association', coalitions: ['cop'] },
  { id: 'c', name: 'Ville de Lille', kind: 'collectivite', region: 'Nord', coalitions: ['cop'] },
  { id: 'd', name: 'Œuvres laïques', kind: 'reseau', region: 'Somme', themes: ['education'] },
];
const coalitions = [
  { id: 'cop', name: 'COP régionale', members: ['c', 'd'] },
  { id: 'metropole', name: 'Métropole', members: ['b'] },
  { id: 'nobody', name: 'Sans membre ici', members: ['x'] },
] as Coalition[];

const ids = (entries: readonly { member: Member }[]) => entries.map((e) => e.member.id);

describe('ck-member-list directory', () => {
  it('entries in French order, each with its coalitions from both documents, once', () => {
    const d = buildDirectory(members, coalitions);
    expect(ids(d.byName)).to.deep.equal(['a', 'd', 'c', 'b']);
    const of = (id: string) => d.byName.find((e) => e.member.id === id)!.coalitions;
    // In a coalition by both documents: once; by one of them: there too.
    expect(of('c')).to.deep.equal(['cop']);
    expect(of('d')).to.deep.equal(['cop']);
    expect(of('b')).to.deep.equal(['metropole']);
    expect(of('a')).to.deep.equal(['cop']);
  });

  it('no filter: every member in order, counts per kind of everyone', () => {
    const d = buildDirectory(members, coalitions);
    const none = [{ kinds: [], themes: [], words: [] }, visitorFilter(NO_FILTERS)];
    expect(ids(selectMembers(d, none, 'name'))).to.deep.equal(['a', 'd', 'c', 'b']);
    expect(ids(selectMembers(d, none, 'newest'))).to.have.length(4);
    expect(countKinds(d, none).get('association')).to.equal(2);
  });

  it('a filter narrows the selection and the counts of the other kinds', () => {
    const d = buildDirectory(members, coalitions);
    const nord = [{ region: 'nord' }, visitorFilter({ ...NO_FILTERS, coalition: 'cop' })];
    expect(ids(selectMembers(d, nord, 'name'))).to.deep.equal(['c']);
    expect([...countKinds(d, nord)]).to.deep.equal([['collectivite', 1]]);
    // The kind is left out of its own counts, and only of those.
    const kind = [visitorFilter({ ...NO_FILTERS, kind: 'reseau' })];
    expect(ids(selectMembers(d, kind, 'name'))).to.deep.equal(['d']);
    expect(countKinds(d, kind).get('association')).to.equal(2);
    const words = [visitorFilter({ ...NO_FILTERS, q: 'lille' })];
    expect(ids(selectMembers(d, words, 'name'))).to.deep.equal(['c', 'b']);
    expect(countKinds(d, words).get('reseau')).to.equal(undefined);
  });
});
