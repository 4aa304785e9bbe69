/**
 * A number drawn as strokes (seven-segment digits), for the count on a cluster: a graphic,
 * not text, so it needs no font and stays legible over any marker colour. Its meaning is in
 * the cluster's accessible name.
 */

// Segments a–g of a digit in a 6 × 10 box: start point and relative line.
const SEGMENTS: Record<string, readonly [number, number, string]> = {
  a: [0, 0, 'h6'],
  b: [6, 0, 'v5'],
  c: [6, 5, 'v5'],
  d: [0, 10, 'h6'],
  e: [0, 5, 'v5'],
  f: [0, 0, 'v5'],
  g: [0, 5, 'h6'],
};
const DIGITS = [
  'abcdef',
  'bc',
  'abged',
  'abgcd',
  'fgbc',
  'afgcd',
  'afgedc',
  'abc',
  'abcdefg',
  'abcdfg',
];
const WIDTH = 6;
const GAP = 3;

const drawn = new Map<number, string>();

/** Path data of `n` centred on (0, 0), digits 10 units high (stroke it). */
export function digitsPath(n: number): string {
  let d = drawn.get(n);
  if (d === undefined) drawn.set(n, (d = draw(n)));
  return d;
}

function draw(n: number): string {
  const text = String(Math.max(0, Math.floor(n)));
  const total = text.length * WIDTH + (text.length - 1) * GAP;
  let d = '';
  [...text].forEach((ch, i) => {
    const left = -total / 2 + i * (WIDTH + GAP);
    for (const s of DIGITS[Number(ch)] ?? '') {
      const [x, y, line] = SEGMENTS[s]!;
      d += `M${left + x} ${y - 5}${line}`;
    }
  });
  return d;
}
