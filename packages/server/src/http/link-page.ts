/**
 * The small HTML pages the links of the messages open. No script at all; one stylesheet,
 * inline, allowed by its hash in a strict Content-Security-Policy; every value escaped.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Lang } from '@coalition-kit/sdk';
import { escapeHtml } from './html.js';

const STYLE =
  'body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1a1a1a;background:#fafaf7}' +
  'main{max-width:36rem;margin:auto}h1{font-size:1.5rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}' +
  'dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}button{font:inherit;padding:.6rem 1.2rem;border-radius:.4rem;' +
  'border:2px solid #1d5c3a;background:#1d5c3a;color:#fff;cursor:pointer}button:focus-visible{outline:3px solid #e0a000;outline-offset:2px}';

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** Nothing but this page's own stylesheet, and forms posting back to the server. */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export interface PageContent {
  lang: Lang;
  title: string;
  paragraphs: string[];
  /** Label/value rows (the view page). */
  rows?: [string, string][];
  /** A form posting `token` back to `action`, with this button label. */
  form?: { action: string; token: string; button: string };
}

/** The page as HTML; every text is escaped here. */
export function renderPage(p: PageContent): string {
  const e = escapeHtml;
  return [
    `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(p.title)}</title><style>${STYLE}</style></head><body><main>`,
    `<h1>${e(p.title)}</h1>`,
    ...p.paragraphs.map((t) => `<p>${e(t)}</p>`),
    ...(p.rows
      ? ['<dl>', ...p.rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`), '</dl>']
      : []),
    ...(p.form
      ? [
          `<form method="post" action="${e(p.form.action)}">`,
          `<input type="hidden" name="token" value="${e(p.form.token)}">`,
          `<button type="submit">${e(p.form.button)}</button></form>`,
        ]
      : []),
    '</main></body></html>',
  ].join('\n');
}

/** Sends a page: never cached, never framed, no referrer (the address holds a token). */
export const sendPage = (reply: FastifyReply, status: number, page: PageContent) =>
  reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .send(renderPage(page));
