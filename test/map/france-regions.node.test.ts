import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  INSETS,
  METRO,
  REGIONS,
  VIEW_BOX,
} from '../../packages/elements/src/coalition-map/geo/france-regions.js';
import { project } from '../../packages/elements/src/coalition-map/geo/projection.js';
import { PLACES } from './places.js';
import { distanceToRings, insideRings, parseRings } from './svg-path.js';

const METROPOLITAN = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'];
const OVERSEAS = ['01', '02', '03', '04', '06'];
/** ViewBox units: less than a marker's radius (1 unit is about 1 km in metropolitan France). */
const COAST_TOLERANCE = 3;

const frameOf = (region: (typeof REGIONS)[number]) =>
  region.inset ? INSETS.find((inset) => inset.id === region.inset) : METRO;

describe('France regions module', () => {
  it('has the 13 metropolitan and 5 overseas regions, by INSEE code, with unique names', () => {
    assert.deepEqual(
      REGIONS.map((r) => r.code),
      [...METROPOLITAN, ...OVERSEAS],
    );
    assert.equal(new Set(REGIONS.map((r) => r.name)).size, 18);
    assert.equal(new Set(REGIONS.map((r) => r.nameEn)).size, 18);
    const byCode = Object.fromEntries(REGIONS.map((r) => [r.code, r]));
    assert.equal(byCode['32']!.name, 'Hauts-de-France');
    assert.equal(byCode['93']!.name, "Provence-Alpes-Côte d'Azur");
    assert.equal(byCode['04']!.name, 'La Réunion');
    assert.equal(byCode['53']!.nameEn, 'Brittany');
    assert.equal(byCode['94']!.nameEn, 'Corsica');
  });

  it('puts each overseas region, and only those, in an inset of its own', () => {
    assert.deepEqual(
      REGIONS.filter((r) => r.inset).map((r) => r.code),
      OVERSEAS,
    );
    assert.deepEqual(
      REGIONS.filter((r) => r.inset).map((r) => r.inset),
      INSETS.map((inset) => inset.id),
    );
    for (const inset of INSETS) {
      const region = REGIONS.find((r) => r.inset === inset.id)!;
      assert.equal(inset.name, region.name);
    }
  });

  it('lays out frames inside the viewBox, without overlaps', () => {
    const boxes = [METRO, ...INSETS].map((f) => f.box);
    for (const box of boxes) {
      assert.ok(box.x >= VIEW_BOX.x && box.y >= VIEW_BOX.y);
      assert.ok(
        box.x + box.w <= VIEW_BOX.x + VIEW_BOX.w && box.y + box.h <= VIEW_BOX.y + VIEW_BOX.h,
      );
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        assert.ok(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
      }),
    );
  });

  it("draws each region as path data of closed rings inside its frame's box", () => {
    for (const region of REGIONS) {
      const rings = parseRings(region.d);
      assert.ok(rings.length > 0, region.name);
      const { box } = frameOf(region)!;
      for (const ring of rings) {
        assert.ok(ring.length >= 3, `${region.name}: ring of ${ring.length} points`);
        for (const [x, y] of ring) {
          assert.ok(
            x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h,
            `${region.name}: ${x},${y}`,
          );
        }
      }
    }
  });

  it('puts each inland town inside its region and no other', () => {
    const rings = new Map(REGIONS.map((r) => [r.code, parseRings(r.d)]));
    for (const place of PLACES.filter((p) => !p.coastal)) {
      const point = project(place.lat, place.lon)!;
      const inside = REGIONS.filter((r) => insideRings(rings.get(r.code)!, point.x, point.y)).map(
        (r) => r.code,
      );
      assert.deepEqual(
        inside,
        [place.region],
        `${place.name} at ${point.x.toFixed(1)},${point.y.toFixed(1)}`,
      );
    }
  });

  it(`puts each coastal town inside its region or within ${COAST_TOLERANCE} units of its coast`, () => {
    const rings = new Map(REGIONS.map((r) => [r.code, parseRings(r.d)]));
    for (const place of PLACES.filter((p) => p.coastal)) {
      const point = project(place.lat, place.lon)!;
      const own = rings.get(place.region)!;
      const label = `${place.name} at ${point.x.toFixed(1)},${point.y.toFixed(1)}`;
      const others = REGIONS.filter(
        (r) => r.code !== place.region && insideRings(rings.get(r.code)!, point.x, point.y),
      );
      assert.deepEqual(others, [], label);
      assert.ok(
        insideRings(own, point.x, point.y) ||
          distanceToRings(own, point.x, point.y) <= COAST_TOLERANCE,
        label,
      );
    }
  });
});

describe('map path reader (test helper)', () => {
  it('reads relative lines and rejects other commands', () => {
    assert.deepEqual(parseRings('M1 2l3-4.5.5 1z'), [
      [
        [1, 2],
        [4, -2.5],
        [4.5, -1.5],
      ],
    ]);
    assert.throws(() => parseRings('M1 2L3 4z'));
    assert.throws(() => parseRings('M1 2l3z'));
  });

  it('measures the distance to the nearest edge', () => {
    const square = parseRings('M0 0l10 0 0 10-10 0z');
    assert.equal(distanceToRings(square, 13, 5), 3);
    assert.equal(distanceToRings(square, 5, 1), 1);
  });
});
