/** What `ck-feed` says, in French (default) and English. */
import type { Lang } from '../lang.js';

export const CLI_MESSAGES = {
  fr: {
    usage: `Usage : ck-feed validate <fichier-ou-URL> [--lang fr|en] [--type events|members|coalitions|collective|stats]

Vérifie un document de flux Coalition Kit (version 1) et affiche chaque problème avec son chemin.
Codes de sortie : 0 tout est valide, 2 des éléments seraient écartés, 1 document inutilisable.`,
    unknownCommand: (c: string) => `Commande inconnue : ${c}`,
    badType: (t: string) => `Type de document inconnu : ${t}`,
    cannotRead: (source: string, why: string) => `Impossible de lire ${source} : ${why}`,
    notJson: (source: string) => `${source} n’est pas du JSON valide`,
    unknownType: (source: string) =>
      `Impossible de reconnaître le type de ${source} : précisez --type events|members|coalitions|collective|stats`,
    checking: (source: string, type: string) => `${source} (${type})`,
    unusable: (why: string) => `Document inutilisable : ${why}`,
    validDocument: '✔ Document valide',
    allValid: (n: number) => `✔ ${n} élément${n > 1 ? 's' : ''} valide${n > 1 ? 's' : ''}`,
    leftOut: (out: number, total: number, issues: number) =>
      `✖ ${out} élément${out > 1 ? 's' : ''} écarté${out > 1 ? 's' : ''} sur ${total} (${issues} problème${issues > 1 ? 's' : ''})`,
  },
  en: {
    usage: `Usage: ck-feed validate <file-or-URL> [--lang fr|en] [--type events|members|coalitions|collective|stats]

Checks a Coalition Kit feed document (version 1) and prints every issue with its path.
Exit codes: 0 everything is valid, 2 items would be left out, 1 the document is unusable.`,
    unknownCommand: (c: string) => `Unknown command: ${c}`,
    badType: (t: string) => `Unknown document type: ${t}`,
    cannotRead: (source: string, why: string) => `Cannot read ${source}: ${why}`,
    notJson: (source: string) => `${source} is not valid JSON`,
    unknownType: (source: string) =>
      `Cannot tell what ${source} is: add --type events|members|coalitions|collective|stats`,
    checking: (source: string, type: string) => `${source} (${type})`,
    unusable: (why: string) => `Unusable document: ${why}`,
    validDocument: '✔ Valid document',
    allValid: (n: number) => `✔ ${n} valid item${n === 1 ? '' : 's'}`,
    leftOut: (out: number, total: number, issues: number) =>
      `✖ ${out} of ${total} item${total === 1 ? '' : 's'} left out (${issues} issue${issues === 1 ? '' : 's'})`,
  },
} satisfies Record<Lang, unknown>;
