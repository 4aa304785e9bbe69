/** The generated read validators, formatted as the repository's Prettier settings say. */
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { renderReadValidators } from './read-validators.js';

export const READ_VALIDATORS_FILE = fileURLToPath(
  new URL('../generated/read-validators.ts', import.meta.url),
);

export async function formatReadValidators(): Promise<string> {
  const options = await resolveConfig(READ_VALIDATORS_FILE);
  return format(renderReadValidators(), { ...options, filepath: READ_VALIDATORS_FILE });
}
