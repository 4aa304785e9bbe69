/**
 * Reads the regions' outlines as the generator packs them (`scripts/map/svg-path.mjs`
 * `packedPath`): rings joined by "!", each "x y", a space, then one character per coordinate
 * delta, from "(" up, the backslash and the backtick skipped. Gives the same SVG path data as
 * the plain text would ("M624 203l-3 3-1 5…z"), for a third less gzip.
 */
export function unpackPath(packed: string): string {
  let d = '';
  for (const ring of packed.split('!')) {
    const [x, y, deltas = ''] = ring.split(' ');
    d += `M${x} ${y}l`;
    for (let i = 0; i < deltas.length; i++) {
      const c = deltas.charCodeAt(i);
      const v = c - 82 - Number(c > 92) - Number(c > 96);
      d += (i && v >= 0 ? ' ' : '') + v;
    }
    d += 'z';
  }
  return d;
}
