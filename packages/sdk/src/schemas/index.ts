/** Every schema of the feed and of the submissions, with the types inferred from them. */
export * from './primitives.js';
export * from './event.js';
export * from './member.js';
export * from './coalition.js';
export * from './collective.js';
export * from './stats.js';
export * from './documents.js';
export * from './pledge.js';
export * from './coalition-declaration.js';
