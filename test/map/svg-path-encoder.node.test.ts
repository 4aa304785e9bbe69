import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { polygonsPath, ringArea } from '../../scripts/map/svg-path.mjs';
import { parseRings } from './svg-path.js';

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
});
