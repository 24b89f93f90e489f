import { describe, expect, it } from 'vitest';
import { buildDate, chapterId, handbookParts, scopeChapter } from '../../../src/navigation/handbook';
import type { SidebarGroup } from '../../../src/navigation/sidebar';

const sidebar: SidebarGroup[] = [
  { label: 'About', translations: { fr: 'À propos' }, items: [{ slug: 'about' }, { slug: 'about/history' }] },
  {
    label: 'Browse',
    items: [
      { label: 'Tools', link: '/tools/' },
      { label: 'Data', slug: 'data' },
    ],
  },
  { label: 'Links only', items: [{ label: 'Search', link: '/search/' }] },
];

describe('handbookParts', () => {
  it("lists each group's docs pages in order, under the group's label in the language", () => {
    expect(handbookParts(sidebar, 'fr')).toEqual([
      { title: 'À propos', slugs: ['about', 'about/history'] },
      { title: 'Browse', slugs: ['data'] },
    ]);
    expect(handbookParts(sidebar, 'en')[0]!.title).toBe('About');
  });
});

describe('scopeChapter', () => {
  const options = {
    prefix: 'ch2',
    demote: 2,
    base: '/ipec-plus/',
    site: new URL('https://ipec-plus.example'),
    chapters: new Set(['about/history']),
  };

  it('prefixes ids and every reference to them, and moves headings down', () => {
    const html =
      '<h2 id="why">Why</h2><a href="#why">up</a><label for="q">Q</label><svg><pattern id="hatch"></pattern><path fill="url(#hatch)"></path></svg>';
    expect(scopeChapter(html, options)).toBe(
      '<h4 id="ch2-why">Why</h4><a href="#ch2-why">up</a><label for="ch2-q">Q</label><svg><pattern id="ch2-hatch"></pattern><path fill="url(#ch2-hatch)"></path></svg>',
    );
  });

  it('sends links to other chapters into the handbook, and gives other site links their full address', () => {
    expect(scopeChapter('<a href="/ipec-plus/fr/about/history/">H</a>', options)).toBe(
      '<a href="#chapter-about-history">H</a>',
    );
    expect(scopeChapter('<a href="/ipec-plus/conventions/c138/">C138</a>', options)).toBe(
      '<a href="/ipec-plus/conventions/c138/" data-print-url="https://ipec-plus.example/ipec-plus/conventions/c138/">C138</a>',
    );
    expect(scopeChapter('<a href="https://www.ilo.org/">ILO</a>', options)).toBe(
      '<a href="https://www.ilo.org/">ILO</a>',
    );
  });

  it('escapes text and attributes it writes back', () => {
    expect(scopeChapter('<p title="a &quot;b&quot;">x &lt;script&gt;</p>', options)).toBe(
      '<p title="a &quot;b&quot;">x &lt;script&gt;</p>',
    );
  });
});

describe('chapterId and buildDate', () => {
  it('names chapters by slug', () => {
    expect(chapterId('about/history')).toBe('chapter-about-history');
  });

  it('takes the day from SOURCE_DATE_EPOCH, else from now', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(buildDate({}, new Date('2026-12-07T11:30:00Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });
});
