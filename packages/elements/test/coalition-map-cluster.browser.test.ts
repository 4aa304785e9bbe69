/** Clustering in projected viewBox space: per frame, per zoom level, greedy on a grid. */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/coalition-map/define.js';
import {
  CELL_PX,
  ClusterIndex,
  cellOf,
  clusterPins,
  levelOf,
  type Pin,
} from '../src/coalition-map/cluster.js';
import { locate } from '../src/coalition-map/geo/projection.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa } from './helpers/query.js';

const pin = (id: string, x: number, y: number, frame = 'metropole'): Pin<string> => ({
  x,
  y,
  frame,
  item: id,
});
const ids = (cs: { items: readonly string[] }[]) => cs.map((c) => [...c.items].sort().join('+'));

describe('coalition-map clustering', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(unmountAll);

  it('joins pins within one cell of a seed, keeps farther ones apart', () => {
    const cs = clusterPins(
      [pin('a', 500, 400), pin('b', 510, 405), pin('c', 560, 400)],
      20,
      (s) => s,
    );
    expect(ids(cs)).to.deep.equal(['a+b', 'c']);
    const [ab] = cs;
    expect(ab!.x).to.equal(505);
    expect(ab!.bounds).to.deep.equal({ x: 500, y: 400, w: 10, h: 5 });
  });

  it('never mixes frames: an inset point beside a metropolitan one stays apart', () => {
    // Mayotte's inset box touches the metropolitan frame's left edge in the viewBox.
    const cs = clusterPins(
      [pin('metro', 160, 700), pin('mayotte', 150, 700, 'mayotte')],
      50,
      (s) => s,
    );
    expect(ids(cs)).to.deep.equal(['metro', 'mayotte']);
    // And projected places keep their frame.
    expect(locate(-12.78, 45.23)?.frame).to.equal('mayotte');
    expect(locate(48.39, -4.49)?.frame).to.equal('metropole');
  });

  it('gives clusters in reading order: metropolitan France by rows, then the insets top to bottom', () => {
    const cs = clusterPins(
      [
        pin('south', 600, 700),
        pin('reunion', 50, 550, 'reunion'),
        pin('north-east', 900, 45),
        pin('north-west', 300, 55),
        pin('guadeloupe', 50, 50, 'guadeloupe'),
      ],
      20,
      (s) => s,
    );
    expect(ids(cs)).to.deep.equal(['north-west', 'north-east', 'south', 'guadeloupe', 'reunion']);
  });

  it('levels are half octaves of the scale; each is computed once', () => {
    expect(levelOf(1)).to.equal(0);
    expect(levelOf(1.4)).to.equal(0);
    expect(levelOf(Math.SQRT2)).to.equal(1);
    expect(levelOf(4)).to.equal(4);
    expect(cellOf(0)).to.equal(CELL_PX);
    expect(cellOf(2)).to.equal(CELL_PX / 2);
    const index = new ClusterIndex([pin('a', 1, 1), pin('b', 30, 1)], (s) => s);
    expect(index.at(1)).to.equal(index.at(1.3));
    expect(ids(index.at(1))).to.deep.equal(['a+b']);
    expect(ids(index.at(4))).to.deep.equal(['a', 'b']);
  });

  it('during a gesture, answers with the nearest known level and computes the wanted one when idle', async () => {
    const index = new ClusterIndex([pin('a', 1, 1), pin('b', 30, 1)], (s) => s);
    expect(index.during(1, () => {}).exact, 'nothing known yet: computed at once').to.equal(true);
    const ready = new Promise<void>((r) => {
      const first = index.during(4, r);
      expect(first.exact).to.equal(false);
      expect(ids(first.clusters), 'level of scale 1, for now').to.deep.equal(['a+b']);
    });
    await ready;
    const later = index.during(4, () => {});
    expect(later.exact).to.equal(true);
    expect(ids(later.clusters)).to.deep.equal(['a', 'b']);
  });

  it('2,000 coalitions: a few dozen marks at first, more as one zooms in, every one named', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions-big') });
    const marks = () => qa(el, '[part~="marker"], [part~="cluster"]');
    const first = marks().length;
    expect(first).to.be.within(5, 200);
    const total = marks().reduce(
      (n, m) => n + (m.getAttribute('data-ids') ?? '').split(' ').length,
      0,
    );
    expect(total).to.equal(1800);
    for (const m of marks())
      expect(m.getAttribute('aria-label')).to.match(/^\d+ coalitions autour d|^Coalition n° /);
    const zoomIn = qa(el, '.control').find((b) => b.getAttribute('aria-label') === 'Zoomer')!;
    const level = () => Number(q(el, '[part~="map"]')!.dataset.level);
    const before = level();
    for (let i = 0; i < 5; i++) {
      zoomIn.click();
      await el.updateComplete;
    }
    expect(level()).to.be.greaterThan(before + 4);
    const shown = marks();
    // Zoomed in 7.6 times, clusters are smaller: they split.
    const perMark = (list: HTMLElement[]) =>
      list.reduce((n, m) => n + (m.getAttribute('data-ids') ?? '').split(' ').length, 0) /
      list.length;
    expect(perMark(shown)).to.be.lessThan(total / first);
  });
});
