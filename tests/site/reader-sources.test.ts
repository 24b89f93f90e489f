/**
 * What a reader who quotes a number needs, over every page of the built site in all three languages:
 * notes cite publications, never the copy or report a value was checked in; each note is short; no note
 * marker interrupts a phrase; and one fact has one headline value everywhere.
 * tests/unit/reader-checks.test.ts shows each rule failing on a made-up page.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../src/core/content-files';
import { BUILDS } from '../support/harness';
import { readFigures } from '../support/figure-files';
import {
  conflictingHeadlines,
  mainContent,
  markersMidPhrase,
  noteTexts,
  shownFigures,
  wordCount,
} from '../support/reader-checks';
import { decodeHtmlEntities } from '../../src/core/html-tree';

const build = BUILDS.root;
const pages = listFilesDeep(build.dir, ['.html']).map((file) => ({
  page: relative(build.dir, file),
  html: readFileSync(file, 'utf8'),
}));
const figures = readFigures();

/** Longest note a reader should have to read, in words ("about 40", with room for long titles). */
const MAX_NOTE_WORDS = 60;

/** Wording that describes the site's checking rather than a source, in the three languages. */
const CHECKING =
  /checked via|checked on \d|stored copy|unofficial copy|not confirmed here|publisher not stated|vérifiée? sur (?:la page|une copie)|copie archivée|verificad[oa] en (?:la página|una copia)|copia (?:archivada|guardada)|éditeur non indiqué|editor no indicado/i;

/** Where figures were checked, when not in the source itself: these pages must never be shown as sources. */
const relays = [...new Set(figures.flatMap((f) => (f.source.checkedVia ? [f.source.checkedVia.url] : [])))];
const checkNotes = [...new Set(figures.flatMap((f) => (f.checkNote ? [f.checkNote] : [])))];
const visibleText = (html: string) =>
  decodeHtmlEntities(mainContent(html).replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');

describe('sources a reader can cite (root build, every language)', () => {
  it('has pages with notes in each language', () => {
    for (const prefix of ['', 'fr/', 'es/'])
      expect(pages.filter((p) => p.page.startsWith(prefix) && noteTexts(p.html).length > 0).length).toBeGreaterThan(0);
  });

  it('never shows how a figure was checked, or a relay it was checked in, as its source', () => {
    const problems: string[] = [];
    for (const { page, html } of pages) {
      const text = visibleText(html);
      const wording = CHECKING.exec(text);
      if (wording) problems.push(`${page}: "${wording[0]}"`);
      const notes = /<section class="ipec-page-notes[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      for (const relay of relays)
        if (notes.includes(`href="${relay}"`)) problems.push(`${page}: a note links to ${relay}`);
      for (const note of checkNotes) if (text.includes(note)) problems.push(`${page}: shows the check note "${note}"`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(`keeps every note under ${MAX_NOTE_WORDS} words`, () => {
    const long = pages.flatMap(({ page, html }) =>
      noteTexts(html)
        .filter((note) => wordCount(note) > MAX_NOTE_WORDS)
        .map((note) => `${page}: ${wordCount(note)} words: ${note}`),
    );
    expect(long, long.join('\n')).toEqual([]);
  });

  it('puts every note marker at the end of its clause, never inside a phrase', () => {
    const problems = pages.flatMap(({ page, html }) => markersMidPhrase(html).map((p) => `${page}: ${p}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('headlines each fact with one value on every page', () => {
    const rounds = new Map(
      figures.flatMap((f) =>
        (f.comparedWith ?? [])
          .filter((c) => c.relation === 'rounds' && c.parts.length === 1)
          .map((c) => [f.id, String(c.parts[0])] as const),
      ),
    );
    const shown = pages.map(({ page, html }) => ({ page, shown: shownFigures(html) }));
    expect(shown.some((p) => p.shown.length > 0)).toBe(true);
    const conflicts = conflictingHeadlines(shown, (id) => rounds.get(id));
    expect(conflicts, conflicts.join('\n')).toEqual([]);
  });
});
