// Smoke test of the built Storybook (`storybook-static`): renders every story in Chromium (and
// each guide page) and fails on a page error, a console error, an HTTP error, a story that errors or renders nothing,
// or any request that leaves 127.0.0.1 (stories use fixture data only), and on any axe violation
// of WCAG 2.2 AA (open shadow roots included). "Themes: forced colours" stories are rendered with
// `forced-colors: active` emulated. Prints `N passed, N failed`.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const ROOT = new URL('../storybook-static/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('storybook-static is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile())
    return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const stories = Object.values(
  JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries,
).filter(
  // The guide pages are ours; a widget's generated docs page renders all its stories again
  // (a minute more) inside Storybook's own tables, whose axe findings are Storybook's.
  (e) => e.type === 'story' || e.tags?.includes('unattached-mdx'),
);
const browser = await puppeteer.launch(chromiumLaunchOptions);
const AXE = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
/** The same tags as the a11y panel (`.storybook/preview.ts`). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Axe on what the entry renders (the story's root, or the docs page), not on Storybook's frame. */
const axeRun = (entry) => `axe.run(document.querySelector('${rootOf(entry)}'), {
  runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} },
  resultTypes: ['violations'],
}).then((r) => r.violations.map((v) =>
  v.id + ' (' + v.impact + '): ' + v.help + ' — ' +
  v.nodes.slice(0, 3).map((n) => n.target.flat().join(' › ')).join(' | ')))`;
const rootOf = (entry) => (entry.type === 'docs' ? '#storybook-docs' : '#storybook-root');
const forced = (story) => /forced colours/i.test(story.name);

const started = performance.now();
let passed = 0;
let failed = 0;

/** Resolves when no widget is loading any more (the loading stories stay so: 2 s at most). */
const settled = (story) => `new Promise((resolve) => {
  const until = performance.now() + ${/loading/i.test(story.name) ? 0 : 2000};
  const tick = () => {
    const busy = [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('ck-') && el.matches(':state(loading)'));
    if (!busy || performance.now() > until) resolve(); else requestAnimationFrame(tick);
  };
  tick();
})`;

async function smoke(page, cdp, story) {
  const problems = [];
  const onError = (e) => problems.push(`page error: ${e}`);
  const onConsole = (m) => {
    // HTTP failures are reported with their URL below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console: ${m.text()}`);
  };
  const onResponse = (r) => {
    if (r.status() >= 400 && !r.url().endsWith('favicon.ico'))
      problems.push(`HTTP ${r.status()} ${r.url()}`);
  };
  const onRequest = (r) => {
    if (r.url().startsWith('http') && !r.url().startsWith(origin))
      problems.push(`network: ${r.url()}`);
  };
  page
    .on('pageerror', onError)
    .on('console', onConsole)
    .on('response', onResponse)
    .on('request', onRequest);
  try {
    // Puppeteer's own emulateMediaFeatures does not know forced-colors: CDP does.
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: forced(story) ? 'active' : 'none' }],
    });
    // One iframe per tab: stories are switched through Storybook's channel, not by reloading.
    const outcome = await page.evaluate(
      `new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const done = (result) => () => {
          for (const [name, fn] of handlers) channel.off(name, fn);
          resolve(result);
        };
        const handlers = [
          ['storyRendered', done('rendered')],
          ['docsRendered', done('rendered')],
          ['storyErrored', done('errored')],
          ['storyThrewException', done('threw')],
          ['storyMissing', done('missing')],
        ];
        for (const [name, fn] of handlers) channel.on(name, fn);
        channel.emit('setCurrentStory', { storyId: ${JSON.stringify(story.id)}, viewMode: ${JSON.stringify(story.type)} });
        setTimeout(done('timeout'), 60000);
      })`,
    );
    if (outcome !== 'rendered') problems.push(`story ${outcome}`);
    await page.evaluate(settled(story));
    if (!(await page.evaluate(`document.querySelector('${rootOf(story)}')?.childElementCount > 0`)))
      problems.push('nothing rendered');
    for (const violation of await page.evaluate(axeRun(story))) problems.push(`axe: ${violation}`);
  } catch (error) {
    problems.push(`did not render: ${error}`);
  }
  page
    .off('pageerror', onError)
    .off('console', onConsole)
    .off('response', onResponse)
    .off('request', onRequest);
  if (problems.length) {
    failed++;
    console.log(`✖ ${story.title} › ${story.name} (${story.id})\n    ${problems.join('\n    ')}`);
  } else {
    passed++;
    console.log(`✔ ${story.title} › ${story.name}${story.type === 'docs' ? ' (docs)' : ''}`);
  }
}

// Two tabs at a time: the machine has two cores.
const queue = [...stories];
const forcedCount = stories.filter(forced).length;
await Promise.all(
  [0, 1].map(async () => {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(`${origin}/iframe.html`);
    await page.waitForFunction(
      'window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__',
      { timeout: 60_000 },
    );
    await page.addScriptTag({ path: AXE });
    // The a11y addon's own run is switched off (manual): axe runs once, in smoke(); two runs clash.
    await page.evaluate(
      "window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { a11y: { manual: true } } })",
    );
    await page.waitForFunction(
      'window.__STORYBOOK_PREVIEW__.storyStoreValue?.userGlobals.get().a11y?.manual === true',
    );
    for (let story = queue.shift(); story; story = queue.shift()) await smoke(page, cdp, story);
    await page.close();
  }),
);
await browser.close();
server.close();
console.log(
  `${passed} passed, ${failed} failed (${forcedCount} under forced colours) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
