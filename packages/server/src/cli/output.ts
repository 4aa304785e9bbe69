/** What the CLI prints: French by default, English when LANG or CK_LANG starts with `en`. */
import { toLang, type Lang } from '@coalition-kit/sdk';

export const cliLang = (): Lang => toLang(process.env.CK_LANG ?? process.env.LANG);

/** Picks the message of the CLI's language. */
export const say = (fr: string, en: string) => (cliLang() === 'en' ? en : fr);

/** A failure the CLI reports as one clear line and exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}
