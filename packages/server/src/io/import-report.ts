/**
 * What `ck-server import` says about a CSV or iCalendar file: the encoding read, how many
 * items were imported, and each row left out or value dropped, with its line and column.
 */
import type { Lang } from '@coalition-kit/sdk';
import { encodingLabel, type DecodedText } from './decode-text.js';
import type { RowIssue } from './import-issue.js';

const count = (issues: RowIssue[], effect: RowIssue['effect']) =>
  issues.filter((i) => i.effect === effect).length;

const M = {
  fr: {
    encoding: (file: string, label: string, invalid: number) =>
      `${file} : encodage lu ${label}${invalid > 0 ? `, ${invalid} octet(s) invalide(s) remplacé(s) par « \uFFFD »` : ''}.`,
    members: (file: string, n: number, rows: number, values: number) =>
      `${file} : ${n} membre(s) importé(s), ${rows} ligne(s) écartée(s), ${values} valeur(s) ignorée(s).`,
    events: (file: string, n: number, rows: number, values: number) =>
      `${file} : ${n} événement(s) importé(s), ${rows} écarté(s), ${values} avertissement(s).`,
    where: (i: RowIssue) => `ligne ${i.line}${i.column ? `, colonne « ${i.column} »` : ''}`,
    row: 'écartée',
    value: 'valeur ignorée, le reste est importé',
  },
  en: {
    encoding: (file: string, label: string, invalid: number) =>
      `${file}: read as ${label}${invalid > 0 ? `, ${invalid} invalid byte(s) replaced with "\uFFFD"` : ''}.`,
    members: (file: string, n: number, rows: number, values: number) =>
      `${file}: ${n} member(s) imported, ${rows} row(s) left out, ${values} value(s) dropped.`,
    events: (file: string, n: number, rows: number, values: number) =>
      `${file}: ${n} event(s) imported, ${rows} left out, ${values} warning(s).`,
    where: (i: RowIssue) => `line ${i.line}${i.column ? `, column "${i.column}"` : ''}`,
    row: 'left out',
    value: 'value dropped, the rest is imported',
  },
} as const;

/** One line per issue: `  ligne 3, colonne « Type » : écartée : type « Licorne » inconnu…`. */
export function issueLines(issues: RowIssue[], lang: Lang): string[] {
  const m = M[lang];
  const colon = lang === 'fr' ? ' : ' : ': ';
  return [...issues]
    .sort((a, b) => a.line - b.line)
    .map((i) => {
      const effect = i.effect === 'note' ? '' : `${m[i.effect]}${colon}`;
      return `  ${m.where(i)}${colon}${effect}${i.message}`;
    });
}

/** The whole report of one imported file, first the encoding, then the counts, then each issue. */
export function importReport(
  file: string,
  what: 'members' | 'events',
  decoded: DecodedText,
  result: { items: unknown[]; issues: RowIssue[] },
  lang: Lang,
): string[] {
  const m = M[lang];
  const rows = count(result.issues, 'row');
  const others =
    count(result.issues, 'value') + (what === 'events' ? count(result.issues, 'note') : 0);
  return [
    m.encoding(file, encodingLabel(decoded.encoding, lang), decoded.invalidBytes),
    m[what](file, result.items.length, rows, others),
    ...issueLines(result.issues, lang),
  ];
}
