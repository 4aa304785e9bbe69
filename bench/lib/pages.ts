/** Pieces of the benchmark pages: a page shell that notes its start, and JSON feed lists. */

/** A page whose `window.__t0` is its start (the first script the parser meets). */
export const page = (body: string, bodyStyle = '') => `<!doctype html><html lang="fr"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script>window.__t0 = performance.now()</script></head>
<body${bodyStyle ? ` style="${bodyStyle}"` : ''}>${body}</body></html>`;

/** Resolves after the next frame is painted: the content is on screen. */
export const afterPaint = `new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))`;

/** Sets `window.__done` once a widget announces its data (`ck-load`) and the frame is painted. */
export const doneOnLoad = `<script>document.addEventListener('ck-load', async () => { await ${afterPaint}; window.__done = performance.now() - window.__t0; });</script>`;

/** A feed list document around `items`. */
export const list = (items: unknown[]) =>
  JSON.stringify({ version: 1, generatedAt: '2030-01-01T00:00:00Z', items });
