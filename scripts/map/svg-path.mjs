// Path data for a region: each ring as an absolute move then relative lines, on rounded
// coordinates (the deltas are taken between rounded points, so no error accumulates).

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

function ringPath(ring, decimals) {
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
  if (points.length < 3) return '';
  const deltas = [];
  for (let i = 1; i < points.length; i++) {
    deltas.push(formatNumber(points[i][0] - points[i - 1][0], decimals));
    deltas.push(formatNumber(points[i][1] - points[i - 1][1], decimals));
  }
  const move = joinNumbers([formatNumber(first[0], decimals), formatNumber(first[1], decimals)]);
  return `M${move}l${joinNumbers(deltas)}z`;
}

/**
 * Path data of polygons ([outer, ...holes] rings of [x, y] points): outer rings clockwise on
 * screen, holes the other way, so the default nonzero fill rule draws the holes.
 */
export function polygonsPath(polygons, decimals) {
  let d = '';
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      const clockwise = ringArea(ring) > 0;
      const oriented = clockwise === (index === 0) ? ring : [...ring].reverse();
      d += ringPath(oriented, decimals);
    });
  }
  return d;
}
