// The projections: one d3 Lambert conformal conic per frame, fitted to its land in its box,
// with parameters rounded before use so that the generated module holds exactly what drew it.
import { geoArea, geoBounds, geoConicConformal } from 'd3-geo';
import { BOUNDS_MARGIN, METRO_BOX, METRO_PROJECTION, PADDING, insetBox } from './layout.mjs';

const round = (value, decimals) => Number(value.toFixed(decimals));

/**
 * d3 takes a ring as the smaller of the two areas it bounds only when it winds clockwise;
 * Natural Earth's rings are not all wound so, and an inverted ring covers the whole globe.
 */
export function rewind(geometry) {
  const fix = (rings) =>
    rings.map((ring) =>
      geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI ? [...ring].reverse() : ring,
    );
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(fix) };
}

export function conic({ parallels, rotate, scale, translate }) {
  const projection = geoConicConformal().parallels(parallels).rotate([rotate, 0]);
  return scale === undefined ? projection : projection.scale(scale).translate(translate);
}

function fitted(params, land, box, padding) {
  const extent = [
    [box.x + padding, box.y + padding],
    [box.x + box.w - padding, box.y + box.h - padding],
  ];
  const fit = conic(params).fitExtent(extent, land);
  return {
    ...params,
    scale: round(fit.scale(), 3),
    translate: fit.translate().map((value) => round(value, 3)),
  };
}

/** The land's bounds, widened by BOUNDS_MARGIN of its extent on each side. */
function widenedBounds(land) {
  const [[west, south], [east, north]] = geoBounds(land);
  const dx = (east - west) * BOUNDS_MARGIN;
  const dy = (north - south) * BOUNDS_MARGIN;
  return [west - dx, south - dy, east + dx, north + dy].map((value) => round(value, 3));
}

/** Parallels at a sixth and five sixths of the land's latitudes: least distortion across it. */
function insetParallels(land) {
  const [[west, south], [east, north]] = geoBounds(land);
  const h = north - south;
  return {
    parallels: [round(south + h / 6, 2), round(north - h / 6, 2)],
    rotate: round(-(west + east) / 2, 2),
  };
}

/**
 * A point belongs to the frame whose bounds hold it and whose box holds its projection, and a
 * click to the frame whose box holds it: so no two frames may share bounds or box.
 */
function assertDisjoint(frames) {
  const overlap = (a0, a1, b0, b1) => a0 < b1 && b0 < a1;
  frames.forEach((a, i) =>
    frames.slice(i + 1).forEach((b) => {
      const [aw, as, ae, an] = a.bounds;
      const [bw, bs, be, bn] = b.bounds;
      if (overlap(aw, ae, bw, be) && overlap(as, an, bs, bn)) {
        throw new Error(`Frames ${a.id} and ${b.id} have overlapping bounds`);
      }
      const { box: p } = a;
      const { box: q } = b;
      if (overlap(p.x, p.x + p.w, q.x, q.x + q.w) && overlap(p.y, p.y + p.h, q.y, q.y + q.h)) {
        throw new Error(`Frames ${a.id} and ${b.id} have overlapping boxes`);
      }
    }),
  );
}

/** The metropolitan frame and one frame per inset region, each with its land (a FeatureCollection). */
export function buildFrames(metroLand, insets) {
  const metro = {
    id: 'metropole',
    name: 'France métropolitaine',
    nameEn: 'Metropolitan France',
    box: METRO_BOX,
    bounds: widenedBounds(metroLand),
    projection: fitted(METRO_PROJECTION, metroLand, METRO_BOX, PADDING.metro),
  };
  const frames = [metro];
  insets.forEach(({ id, name, nameEn, land }, index) => {
    const box = insetBox(index);
    frames.push({
      id,
      name,
      nameEn,
      box,
      bounds: widenedBounds(land),
      projection: fitted(insetParallels(land), land, box, PADDING.inset),
    });
  });
  assertDisjoint(frames);
  return frames;
}
