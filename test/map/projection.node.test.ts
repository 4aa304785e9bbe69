import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { geoConicConformal } from 'd3-geo';
import {
  FRAMES,
  conicConformal,
  invert,
  project,
} from '../../packages/elements/src/coalition-map/geo/projection.js';
import type { Frame } from '../../packages/elements/src/coalition-map/geo/types.js';
import { PLACES, UNDRAWN } from './places.js';

const TOLERANCE = 1e-6;

function d3Projection({ projection: p }: Frame) {
  return geoConicConformal()
    .parallels([...p.parallels])
    .rotate([p.rotate, 0])
    .scale(p.scale)
    .translate([...p.translate]);
}

/** A steps × steps grid over a frame's geographic bounds, as [lat, lon]. */
function geoGrid({ bounds: [west, south, east, north] }: Frame, steps = 24): [number, number][] {
  const grid: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      grid.push([south + ((north - south) * i) / steps, west + ((east - west) * j) / steps]);
    }
  }
  return grid;
}

/** A steps × steps grid over a frame's box, in viewBox units. */
function boxGrid({ box }: Frame, steps = 24): [number, number][] {
  const grid: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      grid.push([box.x + (box.w * j) / steps, box.y + (box.h * i) / steps]);
    }
  }
  return grid;
}

describe('map projection', () => {
  for (const frame of FRAMES) {
    describe(`frame ${frame.id}`, () => {
      const d3 = d3Projection(frame);
      const conic = conicConformal(frame.projection);

      it('projects like d3-geo to 1e-6 viewBox units', () => {
        for (const [lat, lon] of geoGrid(frame)) {
          const [x, y] = d3([lon, lat])!;
          const ours = conic.project(lat, lon);
          assert.ok(
            Math.abs(ours.x - x) < TOLERANCE && Math.abs(ours.y - y) < TOLERANCE,
            `${lat},${lon}`,
          );
        }
      });

      it('inverts like d3-geo to 1e-6 degrees', () => {
        for (const [x, y] of boxGrid(frame)) {
          const [lon, lat] = d3.invert!([x, y])!;
          const ours = conic.invert(x, y);
          assert.ok(
            Math.abs(ours.lon - lon) < TOLERANCE && Math.abs(ours.lat - lat) < TOLERANCE,
            `${x},${y}`,
          );
        }
      });

      it('draws its whole land, and project() goes through it', () => {
        const [west, south, east, north] = frame.bounds;
        // The land spans the bounds less their margin: its centre is drawn, and by this frame.
        const lat = (south + north) / 2;
        const lon = (west + east) / 2;
        const point = project(lat, lon);
        assert.ok(point, `${frame.id}: centre not drawn`);
        const [x, y] = d3([lon, lat])!;
        assert.ok(Math.abs(point.x - x) < TOLERANCE && Math.abs(point.y - y) < TOLERANCE);
        let drawn = 0;
        for (const [gridLat, gridLon] of geoGrid(frame)) {
          const p = project(gridLat, gridLon);
          if (!p) continue;
          drawn++;
          const [dx, dy] = d3([gridLon, gridLat])!;
          assert.ok(
            Math.abs(p.x - dx) < TOLERANCE && Math.abs(p.y - dy) < TOLERANCE,
            `${gridLat},${gridLon}`,
          );
          const { box } = frame;
          assert.ok(p.x >= box.x && p.x <= box.x + box.w && p.y >= box.y && p.y <= box.y + box.h);
        }
        assert.ok(
          drawn > 0.5 * geoGrid(frame).length,
          `${frame.id}: only ${drawn} grid points drawn`,
        );
      });

      it('round-trips place → point → place and point → place → point', () => {
        for (const [lat, lon] of geoGrid(frame)) {
          const point = project(lat, lon);
          if (!point) continue;
          const back = invert(point.x, point.y);
          assert.ok(back, `${lat},${lon} did not invert`);
          assert.ok(
            Math.abs(back.lat - lat) < 1e-9 && Math.abs(back.lon - lon) < 1e-9,
            `${lat},${lon}`,
          );
        }
        for (const [x, y] of boxGrid(frame)) {
          const place = invert(x, y);
          if (!place) continue;
          const back = project(place.lat, place.lon);
          assert.ok(back, `${x},${y} did not project back`);
          assert.ok(Math.abs(back.x - x) < 1e-6 && Math.abs(back.y - y) < 1e-6, `${x},${y}`);
        }
      });
    });
  }

  it('sends each town to the frame of its region', () => {
    for (const place of PLACES) {
      const point = project(place.lat, place.lon);
      assert.ok(point, `${place.name} not drawn`);
      const overseas = ['01', '02', '03', '04', '06'].indexOf(place.region);
      const frame = overseas < 0 ? FRAMES[0]! : FRAMES[overseas + 1]!;
      const { box } = frame;
      assert.ok(
        point.x >= box.x &&
          point.x <= box.x + box.w &&
          point.y >= box.y &&
          point.y <= box.y + box.h,
        `${place.name} drawn outside ${frame.id}`,
      );
    }
  });

  it('draws no place outside every frame', () => {
    for (const place of UNDRAWN) assert.equal(project(place.lat, place.lon), undefined, place.name);
    assert.equal(project(Number.NaN, 2), undefined);
    assert.equal(project(48, Number.POSITIVE_INFINITY), undefined);
  });

  it('inverts no point outside every box, nor a box corner beyond its bounds', () => {
    for (const [x, y] of [
      [-1, 10],
      [155, 400], // between the inset column and metropolitan France
      [75, 156], // between two insets
      [1001, 400],
      [500, 801],
      [Number.NaN, 10],
    ]) {
      assert.equal(invert(x!, y!), undefined, `${x},${y}`);
    }
    const guyane = FRAMES.find((f) => f.id === 'guyane')!;
    // The cone's meridians converge: a box corner can lie past the frame's bounds.
    const corners = [
      [guyane.box.x, guyane.box.y],
      [guyane.box.x + guyane.box.w, guyane.box.y + guyane.box.h],
    ];
    for (const [x, y] of corners) {
      const place = invert(x!, y!);
      if (place) {
        const [west, south, east, north] = guyane.bounds;
        assert.ok(
          place.lon >= west && place.lon <= east && place.lat >= south && place.lat <= north,
        );
      }
    }
  });

  it('refuses parallels that give no cone', () => {
    assert.throws(
      () => conicConformal({ parallels: [-10, 10], rotate: 0, scale: 1, translate: [0, 0] }),
      RangeError,
    );
  });
});
