/**
 * The coordinators' guides (docs/coordinators.fr.md, and docs/coordinators.md in English)
 * say what `ck-server` really does: every command they show is one the CLI knows, and the
 * import reports they paste are what the CLI prints today, in their language, for the
 * repository's example files (docs/examples/collective.json, the French Excel CSV, the
 * Outlook and plain .ics, a damaged CSV, a workbook, a CSV without a type column).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, runCli } from '../../packages/server/test/helpers/process.js';
import { copyTemplate } from '../../packages/server/test/helpers/template.js';

const FIXTURES = join(REPO_ROOT, 'packages/server/test/fixtures');
/** Each file as the guide names it, and where the repository keeps it. */
const FILES: Record<string, string> = {
  'collective.json': join(REPO_ROOT, 'docs/examples/collective.json'),
  'membres.csv': join(FIXTURES, 'membres-excel-1252.csv'),
  'membres-abime.csv': join(FIXTURES, 'membres-abime.csv'),
  'agenda-outlook.ics': join(FIXTURES, 'agenda-outlook.ics'),
  'agenda.ics': join(FIXTURES, 'agenda.ics'),
};
/** Each guide, the environment its outputs were printed in, and the reports it pastes. */
const GUIDES = [
  {
    file: 'docs/coordinators.fr.md',
    env: { DATABASE_URL: '', LANG: 'fr_FR.UTF-8', CK_LANG: 'fr' },
    pastes: Object.keys(FILES),
  },
  {
    file: 'docs/coordinators.md',
    env: { DATABASE_URL: '', LANG: 'en_GB.UTF-8', CK_LANG: 'en' },
    pastes: Object.keys(FILES).filter((name) => name !== 'collective.json'),
  },
];

for (const { file, env, pastes } of GUIDES) {
  const GUIDE = readFileSync(join(REPO_ROOT, file), 'utf8');

  describe(file, () => {
    let dir = '';
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ck-guide-'));
      await copyTemplate(false, join(dir, 'data'));
      for (const [name, source] of Object.entries(FILES)) copyFileSync(source, join(dir, name));
      writeFileSync(join(dir, 'membres.xlsx'), 'PK\x03\x04 a workbook, not a CSV');
      writeFileSync(join(dir, 'sans-type.csv'), 'Structure;Commune\nA;B\n');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    /** What `ck-server import NAME` prints, with the file named as the guide names it. */
    async function importReport(name: string) {
      const result = await runCli(['import', join(dir, name), '--data', join(dir, 'data')], env);
      return { code: result.code, text: (result.stderr + result.stdout).replaceAll(`${dir}/`, '') };
    }

    /** Is `text` in the guide, as a block of its own or indented under a list item? */
    const pasted = (text: string) =>
      GUIDE.includes(text.trim()) || GUIDE.includes(text.trim().replaceAll('\n', '\n  '));

    it('names only commands the CLI knows', () => {
      // The usage text the CLI prints for --help.
      const usage = readFileSync(join(REPO_ROOT, 'packages/server/src/cli/main.ts'), 'utf8');
      const shown = new Set(
        [...GUIDE.matchAll(/(?:npx |`)ck-server ((?:coalitions|pledges) [a-z]+|[a-z-]+)/g)].map(
          (m) => m[1]!,
        ),
      );
      for (const command of shown)
        assert.ok(usage.includes(`  ${command}`), `ck-server ${command} is not in the CLI's usage`);
      for (const command of ['serve', 'import', 'coalitions approve', 'pledges erase', 'purge'])
        assert.ok(shown.has(command), `the guide shows ck-server ${command}`);
    });

    it('pastes the import reports the CLI prints for the example files', async () => {
      for (const name of Object.keys(FILES)) {
        const { code, text } = await importReport(name);
        assert.equal(code, 0, text);
        if (pastes.includes(name)) assert.ok(pasted(text), `${name}:\n${text}`);
      }
    });

    it('pastes the refusals of a workbook and of a CSV without a type column (exit 1)', async () => {
      for (const name of ['membres.xlsx', 'sans-type.csv']) {
        const { code, text } = await importReport(name);
        assert.equal(code, 1, text);
        assert.ok(pasted(text), `${name}:\n${text}`);
      }
    });
  });
}
