/**
 * Pages never type a statistic: every number with a unit is a figure record rendered by a component.
 * This scans the prose of every page for the typed forms of every figure and names file, figure and text.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../../src/core/content-files';
import { readFigures, root } from '../../support/figure-files';
import { findTyped, proseOf, translatedForms, typedForms } from '../../support/retyped-figures';

const figures = readFigures();
const pages = listFilesDeep(join(root, 'content/docs'), ['.md', '.mdx']);

describe('typed forms of a figure', () => {
  it('cover the ways a number is written, with and without its unit sign', () => {
    expect(typedForms({ value: 160_000_000, unit: 'people' })).toEqual(['160 million', '160,000,000']);
    expect(typedForms({ value: 21.6, unit: 'percent' })).toEqual(['21.6%', '21.6 per cent', '21.6 percent']);
    expect(typedForms({ value: 3.5, unit: 'per-thousand' })).toContain('3.5 per thousand');
    expect(typedForms({ value: 21_000_000, unit: 'usd' })).toContain('US$ 21 million');
    expect(typedForms({ value: 11_483, unit: 'people' })).toEqual(['11,483']);
    expect(typedForms({ value: 500, unit: 'count' })).toEqual([]);
  });

  it('are found in prose but not inside component tags or frontmatter', () => {
    const mdx = [
      '---',
      'description: There are 160 million children in child labour.',
      '---',
      "import Figure from '../Figure.astro';",
      'There are <Figure id="cl-2020-world-children" /> children; <StatCard id="cl-2020-africa-rate" label="21.6%" /> is a tag.',
      'In Africa, 21.6 per cent of children work; 16 million is another number.',
    ].join('\n');
    const prose = proseOf(mdx);
    expect(findTyped(prose, ['160 million'])).toEqual([]);
    expect(findTyped(prose, ['21.6%', '21.6 per cent'])).toEqual(['21.6 per cent']);
    expect(findTyped(prose, ['6 million'])).toEqual([]);
  });
});

describe('typed forms in French and Spanish', () => {
  it('cover the numbers as the site writes them in each language', () => {
    expect(translatedForms({ value: 160_000_000, unit: 'people' })).toEqual(
      expect.arrayContaining(['160 millions', '160 millones', '160 000 000', '160.000.000']),
    );
    expect(translatedForms({ value: 21.6, unit: 'percent' })).toEqual(expect.arrayContaining(['21,6 %', '21,6%']));
  });

  it('are found in translated prose', () => {
    expect(findTyped(proseOf('Il y a 160\u202fmillions d’enfants.'), translatedForms({ value: 160_000_000, unit: 'people' }))).toEqual(['160 millions']);
  });
});

describe('pages', () => {
  it('exist to scan', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('type no figure in their prose', () => {
    const found: string[] = [];
    for (const path of pages) {
      const prose = proseOf(readFileSync(path, 'utf8'));
      for (const f of figures) {
        for (const text of findTyped(prose, [...typedForms(f), ...translatedForms(f)])) {
          found.push(`${relative(root, path)}: figure "${f.id}" typed as "${text}" (use <Figure id="${f.id}" />)`);
        }
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});
