// Plays the network for the forms' code loaded once a visitor has started (the modules
// `shared/form/send` and `coalition-form/started`), so browser tests can break it:
//   POST /__first-use/fail    those modules answer 503 (offline), until /__first-use/serve
//   POST /__first-use/serve   back to normal
// Registered in web-test-runner.config.mjs as a middleware; one test file runs at a time.
import { answerOffline, neverCached } from './never-cached.mjs';

const FIRST_USE =
  /\/packages\/elements\/src\/(shared\/form\/send|coalition-form\/started)\.(js|ts)$/;

let mode = 'serve';

export function firstUseCodeMiddleware() {
  return async function firstUseCode(ctx, next) {
    if (ctx.path.startsWith('/__first-use/')) {
      const command = ctx.path.slice('/__first-use/'.length);
      if (command !== 'fail' && command !== 'serve') return next();
      mode = command;
      ctx.status = 204;
      return;
    }
    if (!FIRST_USE.test(ctx.path)) return next();
    neverCached(ctx);
    if (mode === 'fail') return answerOffline(ctx);
    return next();
  };
}
