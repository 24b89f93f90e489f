/**
 * The paths the README and CONTRIBUTING.md name in code spans (`src/…`, `tests/…`, `scripts/…`,
 * `content/…`, `public/…`, `.ci/…`) exist in the repository, so a file that moves takes its mentions with
 * it. Paths with a placeholder (`<id>`, `…`, `*`) name a pattern, not a file, and are left out; Astro's
 * route folders (`[...locale]`) are real names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const ROOTS = ['src/', 'tests/', 'scripts/', 'content/', 'public/', '.ci/'];

/** Repository paths in a Markdown text's code spans, without patterns. */
export function namedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
  return [
    ...new Set(
      spans
        .map((span) => span.replace(/[.,:;)]+$/, ''))
        .filter((span) => ROOTS.some((prefix) => span.startsWith(prefix)))
        .filter((span) => !/[<>…*${}|]/.test(span)),
    ),
  ];
}

describe('paths named in the docs', () => {
  it('finds the repository paths in code spans, and leaves patterns out', () => {
    expect(namedPaths('See `src/guard/` and `tests/x.test.ts`, not `content/docs/<path>.mdx` or `/tools/`.')).toEqual([
      'src/guard/',
      'tests/x.test.ts',
    ]);
  });

  for (const doc of ['README.md', 'CONTRIBUTING.md']) {
    it(`${doc} names only paths that exist`, () => {
      const paths = namedPaths(readFileSync(join(root, doc), 'utf8'));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
    });
  }
});
