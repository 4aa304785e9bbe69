/**
 * Google Calendar exports a description typed in its rich-text editor as HTML (`<br>`,
 * `<b>`, `<a href>`, `&amp;`). The feed's description is plain text: line breaks are kept,
 * tags dropped, a link's address kept beside its text, entities decoded.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};

const HTML = /<\/?(?:br|p|div|a|b|i|u|strong|em|span|ul|ol|li|h[1-6])\b[^>]*>/i;

/** Plain text of `s` when it is HTML; any other text is returned as it is. */
export function htmlToText(s: string): string {
  if (!HTML.test(s)) return s;
  return s
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gis, (_, href: string, label: string) =>
      label.replace(/<[^>]*>/g, '').trim() === href ? href : `${label} (${href})`,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
