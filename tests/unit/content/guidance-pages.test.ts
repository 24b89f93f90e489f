/**
 * Checks on the guidance pages for history, COVID-19, SAP-FL, partnerships, funding and the flagship
 * programmes: every statistic comes from a figure record, never typed into prose, and every
 * <Figure id> names a figure that exists.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../../..');
const docs = join(root, 'content/docs');
const pages = [
  'about/history.mdx',
  'about/covid-19.mdx',
  'about/contact.mdx',
  'forced-labour/sap-fl.mdx',
  ...['partnerships', 'funding', 'flagships'].flatMap((dir) =>
    readdirSync(join(docs, dir)).filter((f) => f.endsWith('.mdx')).map((f) => `${dir}/${f}`),
  ),
];
const read = (page: string) => readFileSync(join(docs, page), 'utf8');

const figureIds = new Set(
  readdirSync(join(root, 'content/figures'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parse(readFileSync(join(root, 'content/figures', f), 'utf8')).figures.map((x: { id: string }) => x.id)),
);

/** Prose only: no frontmatter, imports, exports, JSX tags or link targets, where ids and URLs hold digits. */
function prose(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) [\s\S]*?;\n/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** A number followed by a unit or a counted noun, or a currency followed by a number. */
const TYPED_STATISTIC =
  /(\d[\d,.]*\d|\d)[ \t]*(%|(per ?cent|percentage points?|million|billion|trillion|countries|organi[sz]ations|factories|workers|projects|municipalities|members|children|people)\b)|(US\$|USD|EUR)[ \t]*\d/gi;

describe('second-half guidance pages', () => {
  it('finds the pages', () => {
    expect(pages).toContain('flagships/better-work.mdx');
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s uses only figure ids that exist', (page) => {
    const ids = [...read(page).matchAll(/<Figure id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => !figureIds.has(id!))).toEqual([]);
  });

  it.each(pages)('%s types no statistic in prose', (page) => {
    expect(prose(read(page)).match(TYPED_STATISTIC) ?? []).toEqual([]);
  });

  it.each(pages)('%s has a description of 150-160 characters', (page) => {
    const description = read(page).match(/^description: "(.*)"$/m)?.[1] ?? '';
    expect(description.length).toBeGreaterThanOrEqual(150);
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it('the detector catches typed statistics', () => {
    expect('active in 1,500 factories and 39% more'.match(TYPED_STATISTIC)).toEqual(['1,500 factories', '39%']);
    expect('US$ 21 million'.match(TYPED_STATISTIC)).not.toBeNull();
    expect(prose('<Figure id="bw-factories-2021" /> factories in 2020')).not.toMatch(TYPED_STATISTIC);
  });
});
