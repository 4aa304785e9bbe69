/**
 * Every file of the project stands on its own: no path out of the repository, no machine
 * path, no document that only the team's own notes hold (a reader of the repository could not
 * follow it). The contract the code refers to is docs/feed-v1.md.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = relative(ROOT, fileURLToPath(import.meta.url));

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && f !== SELF && f !== 'package-lock.json');

/** The text of each tracked file (binary files left out). */
const texts = tracked.flatMap((file) => {
  let text: string;
  try {
    text = readFileSync(join(ROOT, file), 'utf8');
  } catch {
    return []; // deleted in the working tree, not yet committed
  }
  return text.includes('\0') ? [] : [{ file, text }];
});

/** `file:line: text` of every line matching `pattern`. */
function hits(pattern: RegExp, keep: (m: RegExpMatchArray, file: string) => boolean = () => true) {
  const found: string[] = [];
  for (const { file, text } of texts) {
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(new RegExp(pattern, 'g')))
        if (keep(m, file)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('the repository refers only to itself', () => {
  it('has files to check', () => {
    assert.ok(texts.length > 100, `only ${texts.length} tracked text files`);
  });

  it('no relative path leads out of the repository', () => {
    const outside = hits(/(?:\.\.\/)+[\w.-]+/, (m, file) =>
      relative(ROOT, resolve(ROOT, dirname(file), m[0])).startsWith('..'),
    );
    assert.deepEqual(outside, []);
  });

  it('no absolute path of a machine', () => {
    assert.deepEqual(hits(/(?<![\w.])\/(?:work|home|root|tmp\/bash_jobs)\/[\w.-]/), []);
  });

  it('no document that is not in the repository', () => {
    assert.deepEqual(
      hits(/\b(?:PRODUCT|CHECKLIST|STYLE|TOOLCHAIN)\.md\b|\bCHECKLIST\b|\bseeds\b|shared\/hooks/),
      [],
    );
  });

  it('no requirement IDs that no document of the repository defines', () => {
    // `(C11)`, `(A1, A3)`, `(…, D9)` or `D9:` opening a comment.
    assert.deepEqual(
      hits(/(?:\s\(|, )[A-F]\d{1,2}(?:, [A-F]\d{1,2})*\)|(?:^|\*|\/\/)\s*[A-F]\d{1,2}:/),
      [],
    );
  });
});
