/** The one loader of the interface strings: each language's file read once, again only when told it changed. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetDictionaries, inEveryLanguage, uiStrings } from '../../../src/i18n/ui-strings';

/** A site folder whose content/i18n/ holds the given strings for every language. */
function siteWith(strings: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ipec-ui-strings-'));
  mkdirSync(join(root, 'content', 'i18n'), { recursive: true });
  writeStrings(root, strings);
  return root;
}

function writeStrings(root: string, strings: Record<string, string>): void {
  for (const lang of ['en', 'fr', 'es'])
    writeFileSync(join(root, 'content', 'i18n', `${lang}.json`), JSON.stringify(strings));
}

afterEach(() => {
  vi.restoreAllMocks();
  forgetDictionaries();
});

describe('uiStrings', () => {
  it('reads a language once, and again after the loader says the files changed', () => {
    const root = siteWith({ 'site.title': 'Before' });
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    forgetDictionaries();
    expect(uiStrings('fr')('site.title')).toBe('Before');

    writeStrings(root, { 'site.title': 'After' });
    expect(uiStrings('fr')('site.title')).toBe('Before');

    forgetDictionaries();
    expect(uiStrings('fr')('site.title')).toBe('After');
  });

  it('sets French typography and gives one string in every language', () => {
    const root = siteWith({ 'site.title': 'Pourquoi ? « IPEC+ »' });
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    forgetDictionaries();
    expect(inEveryLanguage('site.title')).toEqual({
      en: 'Pourquoi ? « IPEC+ »',
      fr: 'Pourquoi\u202f? «\u202fIPEC+\u202f»',
      es: 'Pourquoi ? « IPEC+ »',
    });
  });
});
