import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PACKED_RANGE, packedShapes, polygonsPath, ringArea } from '../../scripts/map/svg-path.mjs';
import { arcsPath, unpackArcs } from '../../packages/elements/src/coalition-map/geo/packed-path.js';
import { parseRings, type Ring } from './svg-path.js';

/** Each ring from its smallest point on (the arcs may start a ring elsewhere): same outline, same direction. */
const outline = (d: string) =>
  parseRings(d).map((ring: Ring) => {
    const key = ([x, y]: [number, number]) => x * 1e4 + y;
    const start = ring.reduce((best, p, i) => (key(p) < key(ring[best]!) ? i : best), 0);
    return [...ring.slice(start), ...ring.slice(0, start)];
  });

// Clockwise on screen (y down), closed as GeoJSON rings are.
const square: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];

describe("map generator's path encoder", () => {
  it('writes integers whole (10 stays 10) and omits separators SVG does not need', () => {
    assert.equal(polygonsPath([[square]], 0), 'M0 0l10 0 0 10-10 0z');
  });

  it('writes decimals without leading zeros, from deltas between rounded points', () => {
    const ring: [number, number][] = [
      [0.04, 0.06],
      [0.56, 0.06],
      [0.56, 1.26],
    ];
    assert.equal(polygonsPath([[ring]], 1), 'M0 .1l.6 0 0 1.2z');
    assert.deepEqual(parseRings(polygonsPath([[ring]], 1)), [
      [
        [0, 0.1],
        [0.6, 0.1],
        [0.6, 1.3],
      ],
    ]);
  });

  it('turns outer rings clockwise on screen and holes the other way', () => {
    const reversed = [...square].reverse();
    const hole: [number, number][] = [
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
    ];
    const [outer, inner] = parseRings(polygonsPath([[reversed, hole]], 0));
    assert.ok(ringArea(outer!) > 0);
    assert.ok(ringArea(inner!) < 0);
  });

  it('drops rings that rounding collapses', () => {
    const speck: [number, number][] = [
      [1, 1],
      [1.2, 1.1],
      [1.1, 1.3],
    ];
    assert.equal(polygonsPath([[speck], [square]], 0), 'M0 0l10 0 0 10-10 0z');
  });

  it('packs shapes, each shared border once, that the widget reads back into the same outlines', () => {
    // Every delta from -PACKED_RANGE to +PACKED_RANGE (the skipped characters included), a hole.
    const steps: [number, number][] = [[500, 500]];
    for (let v = -PACKED_RANGE; v <= PACKED_RANGE; v++) {
      const [x, y] = steps.at(-1)!;
      steps.push([x + v, y + (v % 7)]);
    }
    const hole: [number, number][] = [
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
    ];
    // A neighbour of the square: its west side is the square's east side.
    const east: [number, number][] = [
      [10, 0],
      [20, 0],
      [20, 10],
      [10, 10],
    ];
    const shapes = [[[square, hole], [steps]], [[east]]];
    const packed = packedShapes(shapes);
    assert.doesNotMatch(packed.arcs, /[\\`'"]/);
    const arcs = unpackArcs(packed.arcs);
    shapes.forEach((polygons, i) =>
      assert.deepEqual(
        outline(arcsPath(arcs, packed.rings[i]!)),
        outline(polygonsPath(polygons, 0)),
      ),
    );
    // The shared side is one arc, walked one way by the square and the other way by its neighbour.
    const refs = packed.rings.flatMap((rings) => rings.split(/[ ,]/).map(Number));
    const shared = refs.filter((r) => refs.includes(~r));
    assert.equal(shared.length, 2);
  });

  it('refuses a delta it cannot pack, naming it', () => {
    const long: [number, number][] = [
      [0, 0],
      [PACKED_RANGE + 1, 0],
      [0, 5],
    ];
    assert.throws(() => packedShapes([[[long]]]), new RegExp(`Delta ${PACKED_RANGE + 1}`));
  });
});
