/** The feed this app shows: `?feed=` (the tests' demo server), else a local `ck-server --demo`. */
export const FEED = new URLSearchParams(location.search).get('feed') ?? 'http://127.0.0.1:8787/v1';
