/**
 * The catalogue's filter script and the search page's script carry no dictionary: their strings,
 * labels and vocabulary come from the page (data attributes, <template>, the form's own labels). This
 * follows their imports, leaving out type-only ones, and fails if one reaches the interface strings.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = [/content\/i18n\//, /src\/i18n\/ui-strings\.ts$/, /src\/schemas\/vocab\.ts$/];

/** Every module a script loads at run time (relative imports only; `import type` is erased). */
function runtimeImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/^import\s+(?!type\b)[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const target = resolve(dirname(entry), match[1]!);
    const file = /\.(ts|json)$/.test(target) ? target : `${target}.ts`;
    runtimeImports(file, seen);
  }
  return seen;
}

describe('browser scripts', () => {
  for (const script of ['src/client/tool-filter.ts', 'src/client/search-client.ts']) {
    it(`${script} bundles no dictionary or vocabulary labels`, () => {
      const modules = [...runtimeImports(resolve(script))].map((m) => m.replaceAll('\\', '/'));
      expect(modules.length).toBeGreaterThan(2);
      expect(modules.filter((m) => FORBIDDEN.some((f) => f.test(m)))).toEqual([]);
    });
  }
});
