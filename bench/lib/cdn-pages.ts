/**
 * What the widget benchmarks share: a loopback server for test pages, fixture feed documents
 * and the built CDN files, and Chromium visits that report a page's `window.__done` time, its
 * other figures, its JS heap and its DOM nodes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export const CDN = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
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

export interface PageVisit {
  ms: number;
  heap: number;
  nodes: number;
  figures: Record<string, number>;
  /** The Chromium trace of the visit, when categories were asked. */
  trace: TraceEvent[];
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
   * Loads a page, cache disabled; returns its `window.__done` time (ms), its JS heap (bytes), its DOM nodes (Blink's, shadow roots included: the DOM is not in the JS heap) and
   * the figures it put in `window.__figures` (name → number), when it measures more than one.
   */
  visit(path: string, trace?: string[]): Promise<PageVisit>;
  close(): Promise<void>;
}

/**
 * Serves `pages` (HTML by path), `feed` (JSON by path), `/cdn/*` and `files` (URL path → file
 * on disk: a baseline's library), and opens Chromium.
 */
export async function openPageBench(
  pages: Record<string, string>,
  feed: Record<string, string>,
  files: Record<string, string> = {},
): Promise<PageBench> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages[path])
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    if (feed[path])
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(feed[path]);
    if (files[path]) {
      return void res
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(readFileSync(files[path]));
    }
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
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction('window.__done !== undefined', { timeout: 60_000 });
    const ms = (await tab.evaluate('window.__done')) as number;
    const recorded = trace ? await tab.tracing.stop() : undefined;
    const events = recorded
      ? (JSON.parse(new TextDecoder().decode(recorded)) as { traceEvents: TraceEvent[] })
          .traceEvents
      : [];
    const figures = (await tab.evaluate('window.__figures ?? {}')) as Record<string, number>;
    // What the page keeps, not the garbage its start left behind.
    await (await tab.createCDPSession()).send('HeapProfiler.collectGarbage');
    const metrics = await tab.metrics();
    await tab.close();
    return {
      ms,
      heap: metrics.JSHeapUsedSize ?? 0,
      nodes: metrics.Nodes ?? 0,
      figures,
      trace: events,
    };
  }

  return {
    visit,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
