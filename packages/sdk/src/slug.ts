/** Readable ids and file names, for the widgets and the server alike. */
import { fold } from './query.js';

/**
 * A readable id or file name: `Réseau Action Climat` → `reseau-action-climat` (ASCII letters
 * and digits, dashes between words, at most `maxLength` characters, never a dash at an end).
 * Empty when nothing of `s` is a letter or digit: callers give their own fallback.
 */
export const slug = (s: string, maxLength = 80) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength)
    .replace(/-$/, '');
