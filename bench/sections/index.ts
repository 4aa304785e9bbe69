/** Every section of `npm run bench`, in the order they run and appear in BENCHMARKS.md. */
import type { Section } from '../lib/section.js';
import { feed } from './feed.js';
import { lists } from './lists.js';
import { map } from './map.js';
import { pledge } from './pledge.js';
import { server } from './server.js';
import { weight } from './weight.js';

export const SECTIONS: readonly Section[] = [weight, feed, lists, map, pledge, server];
