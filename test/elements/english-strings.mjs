// Plays the network for the widgets' English catalogues (the modules `locales/en` and
// `<widget>/messages.en`, loaded on first use), so browser tests can order or break it:
//   POST /__english/hold      English modules wait until /__english/release
//   POST /__english/release   answers what waits, and serves the next ones again
//   POST /__english/fail      English modules answer 503 (offline), until /__english/serve
//   POST /__english/serve     back to normal
//   GET  /__english/count     how many English module requests arrived since the last mode change
// Registered in web-test-runner.config.mjs as a middleware; one test file runs at a time.
import { answerOffline, neverCached } from './never-cached.mjs';

const ENGLISH = /\/packages\/elements\/src\/(locales\/en|[\w-]+\/messages\.en)\.(js|ts)$/;

let mode = 'serve';
let count = 0;
let release = () => {};
let released = Promise.resolve();

export function englishStringsMiddleware() {
  return async function englishStrings(ctx, next) {
    if (ctx.path.startsWith('/__english/')) {
      const command = ctx.path.slice('/__english/'.length);
      if (command === 'count') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ count });
        return;
      }
      if (!['hold', 'release', 'fail', 'serve'].includes(command)) return next();
      release();
      mode = command === 'release' ? 'serve' : command;
      count = 0;
      released = new Promise((resolve) => (release = resolve));
      ctx.status = 204;
      return;
    }
    if (!ENGLISH.test(ctx.path)) return next();
    count++;
    neverCached(ctx);
    if (mode === 'fail') return answerOffline(ctx);
    if (mode === 'hold') await released;
    return next();
  };
}
