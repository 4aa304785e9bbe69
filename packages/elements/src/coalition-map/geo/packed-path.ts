/**
 * Reads the regions' outlines as the generator packs them (`scripts/map/svg-path.mjs`
 * `packedShapes`): the borders once each, as arcs, and each region as the arcs of its rings.
 * Gives the same SVG path data as the plain text would ("M624 203l-3 3-1 5…z"), for half the
 * gzip.
 */

/** The arcs' points, flat ([x0, y0, x1, y1…]): arcs joined by "!", each "x y", a space, then one character per coordinate delta, from "(" up, the backslash and the backtick skipped. */
export function unpackArcs(packed: string): number[][] {
  return packed.split('!').map((arc) => {
    const [x, y, deltas = ''] = arc.split(' ');
    const points = [Number(x), Number(y)];
    for (let i = 0; i < deltas.length; i++) {
      const c = deltas.charCodeAt(i);
      points.push(points[i]! + c - 82 - Number(c > 92) - Number(c > 96));
    }
    return points;
  });
}

/** Path data of rings of `arcs` ("0 -3 5,7": rings joined by ",", arc i walked backwards as ~i). */
export function arcsPath(arcs: readonly number[][], rings: string): string {
  let d = '';
  for (const ring of rings.split(',')) {
    const points: number[] = [];
    for (const ref of ring.split(' ')) {
      const i = Number(ref);
      const arc = arcs[i < 0 ? ~i : i]!;
      // Each arc starts where the last ended: that point once.
      for (let k = points.length ? 1 : 0; k < arc.length / 2; k++) {
        const at = i < 0 ? arc.length - 2 - 2 * k : 2 * k;
        points.push(arc[at]!, arc[at + 1]!);
      }
    }
    // A ring ends where it began: `z` closes it.
    d += `M${points[0]} ${points[1]}l`;
    for (let k = 2; k < points.length - 2; k++) {
      const v = points[k]! - points[k - 2]!;
      d += (k > 2 && v >= 0 ? ' ' : '') + v;
    }
    d += 'z';
  }
  return d;
}
