/**
 * Widget screenshots and their comparison: the ratio of differing pixels between two PNGs
 * (pixelmatch), and the pair with its diff written to `test-artifacts/hostile/` when they differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';

export const ARTIFACTS = fileURLToPath(
  new URL('../../../test-artifacts/hostile/', import.meta.url),
);

/**
 * The PNG of each element of `selectors`, cut from one full-page screenshot (an element
 * screenshot scrolls the page, and came out blank on the right-to-left hostile page).
 */
export async function shootElements(page: Page, selectors: string[]): Promise<Buffer[]> {
  const boxes = (await page.evaluate(
    `${JSON.stringify(selectors)}.map((s) => { const r = document.querySelector(s).getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height }; })`,
  )) as { x: number; y: number; width: number; height: number }[];
  const scale = (await page.evaluate('devicePixelRatio')) as number;
  const full = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png', fullPage: true })));
  return boxes.map((box) => {
    const x = Math.round(box.x * scale);
    const y = Math.round(box.y * scale);
    const width = Math.min(Math.round(box.width * scale), full.width - x);
    const height = Math.min(Math.round(box.height * scale), full.height - y);
    const out = new PNG({ width, height });
    PNG.bitblt(full, out, x, y, width, height, 0, 0);
    return PNG.sync.write(out);
  });
}

export interface Difference {
  /** Differing pixels over the larger image's pixels (1 when the sizes differ). */
  ratio: number;
  sizes: string;
}

/** Differing pixels of `a` and `b` shifted by (dx, dy), over the overlapping area. */
function shifted(a: PNG, b: PNG, dx: number, dy: number): { count: number; diff: PNG } {
  const width = a.width - Math.abs(dx);
  const height = a.height - Math.abs(dy);
  const crop = (png: PNG, x: number, y: number) => {
    const out = new PNG({ width, height });
    PNG.bitblt(png, out, x, y, width, height, 0, 0);
    return out;
  };
  const ca = crop(a, Math.max(dx, 0), Math.max(dy, 0));
  const cb = crop(b, Math.max(-dx, 0), Math.max(-dy, 0));
  const diff = new PNG({ width, height });
  const count = pixelmatch(ca.data, cb.data, diff.data, width, height, { threshold: 0.1 });
  return { count, diff };
}

/**
 * Compares two PNGs. pixelmatch's threshold 0.1 ignores anti-aliasing shades; a shift of one
 * pixel either way is forgiven (a host heading of another height puts the widget at another
 * sub-pixel offset, which moves every glyph by a pixel without changing the layout). Sizes
 * that differ count as entirely different (a layout that moved).
 */
export function difference(a: Buffer, b: Buffer): Difference & { diff?: PNG } {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  const sizes = `${pa.width}×${pa.height} / ${pb.width}×${pb.height}`;
  if (pa.width !== pb.width || pa.height !== pb.height) return { ratio: 1, sizes };
  let best = shifted(pa, pb, 0, 0);
  for (const dx of [-1, 0, 1])
    for (const dy of [-1, 0, 1]) {
      if (best.count === 0) break;
      const tried = shifted(pa, pb, dx, dy);
      if (tried.count < best.count) best = tried;
    }
  return { ratio: best.count / (pa.width * pa.height), sizes, diff: best.diff };
}

/** Writes `name`'s two screenshots (and the diff) as test artefacts; returns the directory. */
export function saveArtifacts(name: string, shots: Record<string, Buffer>, diff?: PNG): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [label, png] of Object.entries(shots))
    writeFileSync(join(ARTIFACTS, `${name}.${label}.png`), png);
  if (diff) writeFileSync(join(ARTIFACTS, `${name}.diff.png`), PNG.sync.write(diff));
  return ARTIFACTS;
}
