// Path data for a region: each ring as an absolute move then relative lines, on rounded
// coordinates (the deltas are taken between rounded points, so no error accumulates).
import topojsonServer from 'topojson-server';

/** Signed area of a ring in screen coordinates (y down): positive when it turns clockwise on screen. */
export function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum / 2;
}

function formatNumber(units, decimals) {
  let text = (units / 10 ** decimals).toFixed(decimals);
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return text.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers with a separator only where SVG's grammar needs one. */
function joinNumbers(numbers) {
  let out = '';
  for (const text of numbers) {
    const needsSpace =
      out && !text.startsWith('-') && !(text.startsWith('.') && /\.\d*$/.test(out));
    out += (needsSpace ? ' ' : '') + text;
  }
  return out;
}

/** A ring's points rounded to `decimals` (as integers of that scale), repeats and closing point dropped. */
function roundedPoints(ring, decimals) {
  const scale = 10 ** decimals;
  const points = [];
  for (const [x, y] of ring) {
    const point = [Math.round(x * scale), Math.round(y * scale)];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  const first = points[0];
  const last = points.at(-1);
  if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points.length < 3 ? [] : points;
}

function ringPath(ring, decimals) {
  const points = roundedPoints(ring, decimals);
  if (!points.length) return '';
  const first = points[0];
  const deltas = [];
  for (let i = 1; i < points.length; i++) {
    deltas.push(formatNumber(points[i][0] - points[i - 1][0], decimals));
    deltas.push(formatNumber(points[i][1] - points[i - 1][1], decimals));
  }
  const move = joinNumbers([formatNumber(first[0], decimals), formatNumber(first[1], decimals)]);
  return `M${move}l${joinNumbers(deltas)}z`;
}

/** Outer rings clockwise on screen, holes the other way (the default nonzero fill draws the holes). */
const oriented = (polygons) =>
  polygons.flatMap((rings) =>
    rings.map((ring, index) => (ringArea(ring) > 0 === (index === 0) ? ring : [...ring].reverse())),
  );

/**
 * Path data of polygons ([outer, ...holes] rings of [x, y] points): outer rings clockwise on
 * screen, holes the other way, so the default nonzero fill rule draws the holes.
 */
export function polygonsPath(polygons, decimals) {
  return oriented(polygons)
    .map((ring) => ringPath(ring, decimals))
    .join('');
}

/**
 * Each whole-unit delta as one character, from "(" up, skipping the backslash and the backtick
 * (`geo/packed-path.ts` reads it back): a third less gzip than the path data's text.
 */
export const PACKED_RANGE = 42;
const packDelta = (v) => {
  if (!Number.isInteger(v) || Math.abs(v) > PACKED_RANGE)
    throw new Error(`Delta ${v} cannot be packed (whole units within ±${PACKED_RANGE})`);
  let code = 40 + v + PACKED_RANGE;
  if (code >= 92) code++;
  if (code >= 96) code++;
  return String.fromCharCode(code);
};

/** A ring of whole-unit points: its start "x y", a space, then one character per coordinate delta. */
const packRing = (points) => {
  let deltas = '';
  for (let i = 1; i < points.length; i++)
    deltas +=
      packDelta(points[i][0] - points[i - 1][0]) + packDelta(points[i][1] - points[i - 1][1]);
  return `${points[0][0]} ${points[0][1]} ${deltas}`;
};

/**
 * Several shapes' path data (`polygonsPath(polygons, 0)` of each), packed once for all: a
 * border two regions share is written once. `arcs`: the lines between the points where
 * borders meet, each packed as a ring (`packRing`), joined by "!"; `rings` (one per shape): each ring as the
 * indices of its arcs, space separated ("~i", written -i-1, for arc i walked backwards), rings
 * joined by ",". `geo/packed-path.ts` `arcsPath` reads a shape back.
 */
export function packedShapes(shapes) {
  const features = shapes.map((polygons) => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      // One polygon of every ring: each ring stays as it is (holes are oriented, not nested).
      coordinates: oriented(polygons)
        .map((ring) => roundedPoints(ring, 0))
        .filter((points) => points.length > 0)
        .map((points) => [...points, points[0]]),
    },
  }));
  // No quantization: the points are whole units already, and arcs keep them absolute.
  const topology = topojsonServer.topology({
    shapes: { type: 'FeatureCollection', features },
  });
  return {
    arcs: topology.arcs.map((arc) => packRing(arc)).join('!'),
    rings: topology.objects.shapes.geometries.map((g) =>
      (g.arcs ?? []).map((ring) => ring.join(' ')).join(','),
    ),
  };
}
