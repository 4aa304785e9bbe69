/**
 * Text from the public (names, messages, contacts) reaches the coordinator's terminal. A raw
 * ESC or BEL there is a command to the terminal (set the title, clear the screen, forge a
 * line), and a tab or newline in a field forges a row of a tab-separated listing. Every line
 * the CLI prints goes through {@link visible}: such characters come out as `\xHH` escapes.
 */

// C0 controls, DEL, C1 controls, and the bidirectional overrides that reorder a line.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const escapeOf = (c: string) => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
};

/**
 * `text` with every control character escaped, except those of `keep` (the newlines of a
 * multi-line message, the tabs between the fields of a listing).
 */
export function visible(text: string, keep = ''): string {
  return text.replace(UNSAFE, (c) => (keep.includes(c) ? c : escapeOf(c)));
}
