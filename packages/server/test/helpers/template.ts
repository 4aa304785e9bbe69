/**
 * PGlite's first start (initdb) takes seconds; copying a ready data directory takes
 * milliseconds. The first test file that needs one builds it (migrated, with or without the
 * demo) under the system's temp directory; the others wait for it and copy it. The name
 * holds a hash of the migrations and demo sources, and the day (the demo's dates are
 * relative to today), so a change builds a new one.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSources, runCli } from './process.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * `true`: the demo; `'without-confirmation'`: the demo with its campaign counting pledges
 * at once (`confirmation: "none"`), for the tests of the pledge path itself.
 */
export type TemplateKind = boolean | 'without-confirmation';

function templateName(demo: TemplateKind): string {
  const hash = createHash('sha256');
  hashSources(hash, join(SRC, 'store/migrations'));
  if (demo) {
    hashSources(hash, join(SRC, 'demo'));
    hash.update(new Date().toISOString().slice(0, 10));
  }
  const kind = demo === true ? 'demo' : demo || 'empty';
  return `ck-server-template-${kind}-${hash.digest('hex').slice(0, 12)}`;
}

/** Turns the demo in `--data`/DATABASE_URL `target` into one whose campaigns confirm nothing. */
export async function withoutConfirmation(
  target: string[],
  env: Record<string, string>,
): Promise<void> {
  const { demoContent } = await import('../../src/demo/content/index.js');
  const { collective } = demoContent(new Date());
  const file = join(mkdtempSync(join(tmpdir(), 'ck-collective-')), 'collective.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...collective,
      campaigns: collective.campaigns.map((c) => ({ ...c, confirmation: 'none' })),
    }),
  );
  const result = await runCli(['import', file, ...target], env);
  rmSync(join(file, '..'), { recursive: true, force: true });
  if (result.code !== 0) throw new Error(`importing the collective failed: ${result.stderr}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The path of a ready template data directory, building it when needed. */
export async function templateDir(demo: TemplateKind): Promise<string> {
  const dir = join(tmpdir(), templateName(demo));
  const building = `${dir}.building`;
  for (let waited = 0; !existsSync(dir); waited += 200) {
    try {
      mkdirSync(building); // only one process gets it
    } catch {
      if (waited > 60_000) rmSync(building, { recursive: true, force: true }); // abandoned
      await sleep(200);
      continue;
    }
    const work = join(building, 'data');
    const result = await runCli([demo ? 'demo' : 'migrate', '--data', work], { DATABASE_URL: '' });
    if (result.code !== 0) {
      rmSync(building, { recursive: true, force: true });
      throw new Error(`building the template failed: ${result.stderr}`);
    }
    if (demo === 'without-confirmation')
      await withoutConfirmation(['--data', work], { DATABASE_URL: '' });
    renameSync(work, dir);
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

/** Copies a template into `target` (a new data directory). */
export async function copyTemplate(demo: TemplateKind, target: string): Promise<void> {
  cpSync(await templateDir(demo), target, { recursive: true });
}
