/** The import report's media warnings, in French and English. */
import type { Lang } from '@coalition-kit/sdk';
import type { FailureReason } from './fetch-image.js';
import { DEFAULT_LIMITS } from './fetch-image.js';

const MB = DEFAULT_LIMITS.maxBytes / 1024 / 1024;
const MAX = DEFAULT_LIMITS.maxDimension;

const REASONS: Record<Lang, (r: FailureReason) => string> = {
  fr: (r) => {
    switch (r.code) {
      case 'scheme':
        return 'seules les adresses http(s) sont copiées';
      case 'private':
        return 'adresse privée ou locale refusée (protection SSRF, voir CK_MEDIA_ALLOW_PRIVATE)';
      case 'unreachable':
        return `hôte injoignable (${r.detail})`;
      case 'status':
        return `réponse ${r.detail}`;
      case 'redirects':
        return `plus de ${DEFAULT_LIMITS.maxRedirects} redirections`;
      case 'timeout':
        return `délai de ${DEFAULT_LIMITS.timeoutMs / 1000} s dépassé`;
      case 'tooLarge':
        return `image de plus de ${MB} Mo`;
      case 'svg':
        return 'SVG refusé (il peut contenir des scripts) : fournissez un PNG, JPEG, GIF, WebP ou AVIF';
      case 'notImage':
        return 'ce n’est pas une image PNG, JPEG, GIF, WebP ou AVIF';
      case 'dimensions':
        return `dimensions ${r.detail} hors limites (au plus ${MAX}×${MAX})`;
    }
  },
  en: (r) => {
    switch (r.code) {
      case 'scheme':
        return 'only http(s) addresses are copied';
      case 'private':
        return 'private or local address refused (SSRF guard, see CK_MEDIA_ALLOW_PRIVATE)';
      case 'unreachable':
        return `host unreachable (${r.detail})`;
      case 'status':
        return `answer ${r.detail}`;
      case 'redirects':
        return `more than ${DEFAULT_LIMITS.maxRedirects} redirects`;
      case 'timeout':
        return `no answer within ${DEFAULT_LIMITS.timeoutMs / 1000} s`;
      case 'tooLarge':
        return `image larger than ${MB} MB`;
      case 'svg':
        return 'SVG refused (it can hold scripts): provide a PNG, JPEG, GIF, WebP or AVIF';
      case 'notImage':
        return 'not a PNG, JPEG, GIF, WebP or AVIF image';
      case 'dimensions':
        return `dimensions ${r.detail} out of bounds (at most ${MAX}×${MAX})`;
    }
  },
};

export interface MediaWarning {
  /** The item's id (the collective's id for its logo). */
  id: string;
  field: string;
  url: string;
  reason: FailureReason;
}

/** One line of the import report for a warning. */
export function warningLine(w: MediaWarning, lang: Lang): string {
  const why = REASONS[lang](w.reason);
  return lang === 'en'
    ? `  ${w.id}: ${w.field} left out (${w.url}): ${why}`
    : `  ${w.id} : ${w.field} retiré (${w.url}) : ${why}`;
}
