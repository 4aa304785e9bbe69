/** What the CLI prints: French by default, English when LANG or CK_LANG starts with `en`. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { toLang, type Lang } from '@coalition-kit/sdk';

// A command sent to the running server speaks the language of the coordinator who sent it.
const requested = new AsyncLocalStorage<Lang>();

export const cliLang = (): Lang =>
  requested.getStore() ?? toLang(process.env.CK_LANG ?? process.env.LANG);

/** Runs `fn` with the CLI's messages in `lang`. */
export const inLang = <T>(lang: Lang, fn: () => T): T => requested.run(lang, fn);

/** Picks the message of the CLI's language. */
export const say = (fr: string, en: string) => (cliLang() === 'en' ? en : fr);

/** A failure the CLI reports as one clear line and exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}
