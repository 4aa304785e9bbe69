// For the test middlewares that hold or fail a module (english-strings.mjs, first-use-code.mjs):
// the module is never taken from the browser's cache, as WTR's cache middleware (around them)
// would have it, since another test file (page) may hold or fail the same module.
export function neverCached(ctx) {
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) =>
    typeof field === 'string' && field.toLowerCase() === 'cache-control'
      ? set(field, 'no-store')
      : set(field, value);
}

/** Answers as a server that cannot be reached would make `import()` fail. */
export function answerOffline(ctx) {
  ctx.status = 503;
  ctx.body = 'offline';
}
