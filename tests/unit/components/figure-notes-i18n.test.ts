/**
 * The figure and note components in French and Spanish pages: rendered with Astro's container API on a
 * request under /fr/ or /es/, so `Astro.currentLocale` is the page's language.
 */
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { at, localizedContainer } from '../../support/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PageNotes from '../../../src/components/notes/PageNotes.astro';
import NoteMarker from '../../../src/components/notes/NoteMarker.astro';
import SourceLink from '../../../src/components/SourceLink.astro';
import TextIn from '../../../src/components/notes/TextIn.astro';
import { numberNotes } from '../../../src/figures/notes';

/** Astro adds data-astro-* attributes (scoped styles, dev source locations); compare markup without them. */
const plain = (html: string) =>
  html.replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '').replace(/ data-astro-cid-[a-z0-9]+/g, '');

let container: AstroContainer;
beforeAll(async () => {
  container = await localizedContainer();
});

describe('PageNotes', () => {
  it('heads the list of sources in the page language', async () => {
    const fr = await container.renderToString(PageNotes, { ...at('/fr/child-labour/'), props: { notes: [] } });
    expect(fr).toMatch(/<h2 id="page-sources"[^>]*>Sources<\/h2>/);
    const es = await container.renderToString(PageNotes, { ...at('/es/child-labour/'), props: { notes: [] } });
    expect(es).toMatch(/<h2 id="page-sources"[^>]*>Fuentes<\/h2>/);
  });
});

describe('NoteMarker', () => {
  it('names the marker in the page language once numbered', async () => {
    const es = await container.renderToString(NoteMarker, { ...at('/es/forced-labour/'), props: { figure: 'x' } });
    expect(numberNotes(es).html).toContain('<span class="sr-only">Nota </span>1</a>');
    const en = await container.renderToString(NoteMarker, { ...at('/forced-labour/'), props: { figure: 'x' } });
    expect(en).toBe('<sup data-ipec-note="x"></sup>');
    expect(numberNotes(en).html).toContain('<span class="sr-only">Note </span>1</a>');
  });
});

describe('SourceLink', () => {
  it('never names the page a value was checked on, in French either', async () => {
    const html = plain(
      await container.renderToString(SourceLink, {
        ...at('/fr/reference/sources/'),
        props: {
          source: {
            title: 'Minimum Age Convention',
            publisher: 'Wikipedia',
            published: 2023,
            checkedVia: { title: 'A relay page', url: 'https://example.org/relay' },
          },
        },
      }),
    );
    expect(html).toContain('<cite lang="en">Minimum Age Convention</cite>');
    expect(html).not.toContain('relay');
    expect(html).not.toContain('vérifié sur');
  });
  it('marks the English title as English on a French or Spanish page, not the publisher (given in the page language)', async () => {
    const source = {
      title: 'Global Estimates of Modern Slavery',
      publisher: 'ILO, Walk Free and IOM',
      published: 2022,
      url: 'https://www.ilo.org/x',
      checkedVia: { title: 'A relay page', url: 'https://example.org/relay' },
    };
    for (const lang of ['fr', 'es']) {
      const html = plain(
        await container.renderToString(SourceLink, { ...at(`/${lang}/forced-labour/`), props: { source } }),
      );
      expect(html).toContain(
        '<a href="https://www.ilo.org/x" lang="en"><cite>Global Estimates of Modern Slavery</cite></a>',
      );
      expect(html).toContain('(ILO, Walk Free and IOM, 2022)');
      expect(html).not.toContain('<span lang="en">');
      expect(html).not.toContain('relay');
    }
    const noUrl = plain(
      await container.renderToString(SourceLink, {
        ...at('/es/about/'),
        props: { source: { ...source, url: undefined } },
      }),
    );
    expect(noUrl).toContain('<cite lang="en">Global Estimates of Modern Slavery</cite>');
    const en = plain(await container.renderToString(SourceLink, { ...at('/forced-labour/'), props: { source } }));
    expect(en).not.toContain('lang=');
    expect(en).toContain('(ILO, Walk Free and IOM, 2022)</span>');
    expect(en).not.toContain('relay');
  });
});

describe('TextIn', () => {
  it('wraps English text in a span lang="en" on a French page and leaves it as it is on an English page', async () => {
    const slots = { default: 'The IPEC+ brochure of 2024' };
    const fr = await container.renderToString(TextIn, { ...at('/fr/about/'), slots });
    expect(plain(fr)).toBe('<span lang="en">The IPEC+ brochure of 2024</span>');
    const en = await container.renderToString(TextIn, { ...at('/about/'), slots });
    expect(plain(en)).toBe('The IPEC+ brochure of 2024');
    const french = await container.renderToString(TextIn, { ...at('/fr/about/'), slots, props: { lang: 'fr' } });
    expect(plain(french)).toBe('The IPEC+ brochure of 2024');
    const onSpanish = await container.renderToString(TextIn, { ...at('/es/about/'), slots, props: { lang: 'fr' } });
    expect(plain(onSpanish)).toBe('<span lang="fr">The IPEC+ brochure of 2024</span>');
  });
});
