/**
 * What the widget benchmarks share: a loopback server for test pages, fixture feed documents
 * and the built CDN files, and Chromium visits that report a page's `window.__done` time and
 * the scripts it fetched.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export const CDN = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
};

/** Stops the benchmark when the CDN build is missing. */
export function requireCdnBuild(): void {
  if (!existsSync(join(CDN, 'coalition-kit.js'))) {
    console.error('packages/elements/dist/cdn is missing: run `npm run build` first.');
    process.exit(1);
  }
}

/** One event of a Chromium trace (`ts`, `dur` and `tdur`, the thread's CPU time, in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

export interface PageBench {
  /**
   * Loads a page; returns its `window.__done` time (ms), the scripts it fetched, its JS heap
   * (bytes) and its DOM nodes (Blink's, shadow roots included: the DOM is not in the JS heap).
   */
  visit(path: string): Promise<{ ms: number; scripts: string[]; heap: number; nodes: number }>;
  /** Median `window.__done` of `runs` visits after one warm-up. */
  medianTime(path: string, runs: number): Promise<number>;
  /** Loads a page as `visit` does, recording a Chromium trace of `categories`: its events. */
  traced(path: string, categories: string[]): Promise<TraceEvent[]>;
  close(): Promise<void>;
}

/** Serves `pages` (HTML by path), `feed` (JSON by path) and `/cdn/*`, and opens Chromium. */
export async function openPageBench(
  pages: Record<string, string>,
  feed: Record<string, string>,
): Promise<PageBench> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages[path])
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    if (feed[path])
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(feed[path]);
    if (path.startsWith('/cdn/')) {
      const file = normalize(join(CDN, path.slice(5)));
      if (file.startsWith(CDN) && existsSync(file)) {
        return void res
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(readFileSync(file));
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await puppeteer.launch(chromiumLaunchOptions);

  async function visit(path: string, trace?: string[]) {
    const tab = await browser.newPage();
    await tab.setCacheEnabled(false);
    if (trace) await tab.tracing.start({ categories: trace });
    const scripts: string[] = [];
    tab.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction('window.__done !== undefined', { timeout: 60_000 });
    const ms = (await tab.evaluate('window.__done')) as number;
    const recorded = trace ? await tab.tracing.stop() : undefined;
    const events = recorded
      ? (JSON.parse(new TextDecoder().decode(recorded)) as { traceEvents: TraceEvent[] })
          .traceEvents
      : [];
    // What the page keeps, not the garbage its start left behind.
    await (await tab.createCDPSession()).send('HeapProfiler.collectGarbage');
    const metrics = await tab.metrics();
    await tab.close();
    return { ms, scripts, heap: metrics.JSHeapUsedSize ?? 0, nodes: metrics.Nodes ?? 0, events };
  }

  return {
    visit: (path) => visit(path),
    traced: async (path, categories) => (await visit(path, categories)).events,
    async medianTime(path, runs) {
      await visit(path); // warm-up
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push((await visit(path)).ms);
      return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Minified and gzip -9 sizes of fetched CDN scripts (paths `/cdn/…`). */
export function scriptSizes(scripts: string[]): { file: string; min: number; gzip: number }[] {
  return scripts.map((file) => {
    const bytes = readFileSync(join(CDN, file.slice(5)));
    return { file, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

export const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
