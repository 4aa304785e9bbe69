/**
 * Reads the path data the map generator writes (`M x y l dx dy … z`, repeated) into rings of
 * absolute points, and fails on anything else: the module's paths use nothing more.
 */
export type Ring = [number, number][];

const TOKEN = /[Mlz]|-?(?:\d+\.?\d*|\.\d+)/g;

export function parseRings(d: string): Ring[] {
  const tokens = d.match(TOKEN) ?? [];
  if (tokens.join('').length !== d.replace(/\s/g, '').length)
    throw new Error(`Unexpected characters in ${d.slice(0, 40)}…`);
  const rings: Ring[] = [];
  let i = 0;
  const number = () => {
    const token = tokens[i++];
    const value = Number(token);
    if (token === undefined || !Number.isFinite(value))
      throw new Error(`Number expected at token ${i - 1}`);
    return value;
  };
  while (i < tokens.length) {
    if (tokens[i++] !== 'M') throw new Error(`"M" expected at token ${i - 1}`);
    let x = number();
    let y = number();
    const ring: Ring = [[x, y]];
    if (tokens[i++] !== 'l') throw new Error(`"l" expected at token ${i - 1}`);
    while (tokens[i] !== 'z') {
      x += number();
      y += number();
      ring.push([x, y]);
    }
    i++;
    rings.push(ring);
  }
  return rings;
}

/** Every edge of every ring, as [[x1, y1], [x2, y2]]. */
function* edges(rings: Ring[]): Generator<[[number, number], [number, number]]> {
  for (const ring of rings) {
    for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) yield [ring[b]!, ring[a]!];
  }
}

/** Even-odd point in polygon over every ring (holes included), as SVG fills them here. */
export function insideRings(rings: Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const [[xb, yb], [xa, ya]] of edges(rings)) {
    if (ya > y !== yb > y && x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) inside = !inside;
  }
  return inside;
}

/** Distance from a point to the nearest edge of any ring. */
export function distanceToRings(rings: Ring[], x: number, y: number): number {
  let nearest = Infinity;
  for (const [[x1, y1], [x2, y2]] of edges(rings)) {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy || 1)));
    nearest = Math.min(nearest, Math.hypot(x - x1 - t * dx, y - y1 - t * dy));
  }
  return nearest;
}
