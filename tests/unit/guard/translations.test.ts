/**
 * The French and Spanish editions stay complete (src/guard/translations.ts): an English page, a tool or a
 * country's notes without their translation fail the guard, naming file and rule, unless the file says
 * `translation: { pending: "why" }`, which the build then lists; a translated page needs its English page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, validateContent } from '../../../src/guard';
import { formatProblem } from '../../../src/core/content-problem';
import { siteWith } from '../../support/fixture-site';

/** The valid fixture site with `files` (path under the site → text) written over it. */
function site(files: Record<string, string>): string {
  const dir = siteWith();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const page = (title: string, extra = '') => `---\n${extra}title: ${title}\n---\n\nText.\n`;
const messages = (dir: string) => validateContent(dir).map(formatProblem);

describe('translated pages', () => {
  it('fails an English page without its French and Spanish versions, naming the file and the rule', () => {
    expect(messages(site({ 'content/docs/guide.mdx': page('A guide') }))).toEqual([
      expect.stringMatching(
        /^content\/docs\/guide\.mdx → \(translation\): has no French and Spanish version: write it, or mark this file translation: \{ pending: "why" \}/,
      ),
    ]);
  });

  it('names only the language still missing', () => {
    const dir = site({ 'content/docs/guide.mdx': page('A guide'), 'content/docs/fr/guide.mdx': page('Un guide') });
    expect(messages(dir)).toEqual([
      expect.stringMatching(/^content\/docs\/guide\.mdx → \(translation\): has no Spanish version: /),
    ]);
  });

  it('accepts a page with both translations, in nested folders too', () => {
    const dir = site({
      'content/docs/about/guide.mdx': page('A guide'),
      'content/docs/fr/about/guide.mdx': page('Un guide'),
      'content/docs/es/about/guide.mdx': page('Una guía'),
    });
    expect(messages(dir)).toEqual([]);
    expect(checkContent(dir).pendingTranslations).toEqual([]);
  });

  it('accepts a page marked pending, and lists it with the languages missing and why', () => {
    const why = 'the French and Spanish texts are being reviewed';
    const dir = site({
      'content/docs/guide.mdx': page('A guide', `translation: { pending: "${why}" }\n`),
      'content/docs/es/guide.mdx': page('Una guía'),
    });
    expect(messages(dir)).toEqual([]);
    expect(checkContent(dir).pendingTranslations).toEqual([
      { file: 'content/docs/guide.mdx', langs: ['fr'], reason: why },
    ]);
  });

  it('rejects a pending mark without its reason', () => {
    const dir = site({ 'content/docs/guide.mdx': page('A guide', 'translation: { pending: "" }\n') });
    expect(validateContent(dir).some((p) => p.file === 'content/docs/guide.mdx')).toBe(true);
  });

  it('fails a French or Spanish page without the English page it translates', () => {
    expect(messages(site({ 'content/docs/fr/orphan.mdx': page('Orpheline') }))).toEqual([
      'content/docs/fr/orphan.mdx → (file name): translates content/docs/orphan.mdx, which does not exist: name it as the English page it translates',
    ]);
  });

  it('leaves a draft page to be translated once it is published', () => {
    expect(messages(site({ 'content/docs/guide.mdx': page('A guide', 'draft: true\n') }))).toEqual([]);
  });
});

describe('translated tools', () => {
  /** The valid fixture's tool, whose French and Spanish texts are written, with `edit` applied. */
  const withTool = (edit: (text: string) => string) => {
    const dir = siteWith();
    const path = join(dir, 'content/tools/sample-tool.yaml');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  };
  const untranslated = (text: string) => text.replace(/^translations:[\s\S]*$/m, '');

  it('fails a tool without its French and Spanish title and description', () => {
    expect(messages(withTool(untranslated))).toEqual([
      expect.stringMatching(
        /^content\/tools\/sample-tool\.yaml → translations: has no French and Spanish title and description: write it, or mark this file translation: \{ pending: "why" \}/,
      ),
    ]);
  });

  it('fails a tool whose translation has a title but no description', () => {
    const dir = withTool(
      (text) =>
        `${untranslated(text)}translations:\n  fr:\n    descriptiveTitle: Un titre\n  es:\n    descriptiveTitle: Un título\n    description: Una descripción.\n`,
    );
    expect(messages(dir)).toEqual([
      expect.stringMatching(/^content\/tools\/sample-tool\.yaml → translations: has no French title and description/),
    ]);
  });

  it('accepts an untranslated tool marked pending, and lists it', () => {
    const dir = withTool(
      (text) => `${untranslated(text)}translation: { pending: "no French or Spanish title found yet" }\n`,
    );
    expect(messages(dir)).toEqual([]);
    expect(checkContent(dir).pendingTranslations).toEqual([
      { file: 'content/tools/sample-tool.yaml', langs: ['fr', 'es'], reason: 'no French or Spanish title found yet' },
    ]);
  });
});

describe('translated country notes', () => {
  const npl = 'content/countries/npl.yaml';
  const withNotes = (extra: string) => {
    const dir = siteWith();
    const path = join(dir, npl);
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}notes:\n  - IPEC+ works with the government (IPEC+ brochure, 2024).\n${extra}`,
    );
    return dir;
  };

  it('fails a country with notes but no translated notes', () => {
    expect(messages(withNotes(''))).toEqual([
      expect.stringMatching(/^content\/countries\/npl\.yaml → translations: has no French and Spanish notes: /),
    ]);
  });

  it('accepts the notes with their translations', () => {
    const translated =
      'translations:\n' +
      '  fr:\n    notes:\n      - L’IPEC+ travaille avec le gouvernement (brochure IPEC+, 2024).\n' +
      '  es:\n    notes:\n      - IPEC+ trabaja con el gobierno (folleto IPEC+, 2024).\n';
    expect(messages(withNotes(translated))).toEqual([]);
  });

  it('accepts untranslated notes marked pending, and lists them', () => {
    const dir = withNotes('translation: { pending: "the notes are being checked" }\n');
    expect(messages(dir)).toEqual([]);
    expect(checkContent(dir).pendingTranslations).toEqual([
      { file: npl, langs: ['fr', 'es'], reason: 'the notes are being checked' },
    ]);
  });
});
