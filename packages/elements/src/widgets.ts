// Generated from widgets.json by scripts/sync-widgets.mjs: do not edit.
/** The package version (the loader tells another version's tags from its own). */
export const LOADER_VERSION = '0.1.0';

/** Each tag and the module that defines it, loaded when the tag is first used. */
export const WIDGETS: Record<string, () => Promise<unknown>> = {
  'ck-feed': () => import('./feed/define.js'),
  'ck-agenda': () => import('./agenda/define.js'),
  'ck-pledge-form': () => import('./pledge-form/define.js'),
  'ck-coalition-form': () => import('./coalition-form/define.js'),
  'ck-member-list': () => import('./member-list/define.js'),
  'ck-coalition-map': () => import('./coalition-map/define.js'),
};
