/**
 * The README is what an operator reads before running the site: what it is, the two commands, preview,
 * deploying, the tests and where to read more. Details belong in CONTRIBUTING.md or DEPLOYING.md, so the
 * README stays at most 1,500 words, counted as `wc -w` counts them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const README_MAX_WORDS = 1500;

/** Words as `wc -w` counts them in a UTF-8 locale: runs of characters between whitespace, no-break spaces included. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => token !== '').length;
}

describe('length of the README', () => {
  it('counts words as wc -w does: whitespace-separated tokens, punctuation and code included', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  \n\t ')).toBe(0);
    expect(wordCount('npm ci && npm run build   # installs\n\n`dist/` — done.\r\n')).toBe(11);
    expect(wordCount('one\u00a0word')).toBe(2);
  });

  it(`README.md has at most ${README_MAX_WORDS.toLocaleString('en')} words`, () => {
    const words = wordCount(readFileSync(join(root, 'README.md'), 'utf8'));
    expect(words, 'move details to CONTRIBUTING.md or DEPLOYING.md').toBeLessThanOrEqual(README_MAX_WORDS);
  });
});
