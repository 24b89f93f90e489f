/**
 * Every section of every source document has a home on the site: each section's phrases
 * (tests/fixtures/seed-coverage.ts) appear in the text of the built pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../src/core/content-files';
import { SEED_SECTIONS } from '../fixtures/seed-coverage';
import { BUILDS } from '../support/harness';

/** Text of an HTML page, with tags dropped, entities decoded, whitespace and quotes folded. */
export function pageText(html: string): string {
  return fold(
    html
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&#x27;|&apos;/g, "'")
      .replace(/&quot;|&#34;/g, '"')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
}

export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

describe('seed coverage', () => {
  const pages = listFilesDeep(BUILDS.root.dir, ['.html']).map((file) => ({
    file,
    text: pageText(readFileSync(file, 'utf8')),
  }));

  it('reads the built site', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(SEED_SECTIONS.map((s) => [`${s.seed} › ${s.section}`, s] as const))('%s has a home', (_name, section) => {
    const missing = section.phrases.filter((phrase) => !pages.some((p) => p.text.includes(fold(phrase))));
    expect(missing, `phrases not found on any page`).toEqual([]);
  });
});
