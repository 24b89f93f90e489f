/**
 * Components rendered with Astro's container API, without a build: what they output for given props.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import RelatedLinks from '../../../src/components/RelatedLinks.astro';
import SourceLink from '../../../src/components/SourceLink.astro';

/** Astro adds data-astro-* attributes (scoped styles, dev source locations); compare markup without them. */
const plain = (html: string) =>
  html.replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '').replace(/ data-astro-cid-[a-z0-9]+/g, '');

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('SourceLink', () => {
  it('links the title of a source that has an address, with publisher and year', async () => {
    const html = plain(
      await container.renderToString(SourceLink, {
        props: {
          source: {
            title: 'Global Estimates of Modern Slavery',
            publisher: 'ILO, Walk Free and IOM',
            published: 2022,
            url: 'https://www.ilo.org/x',
          },
        },
      }),
    );
    expect(html).toContain('<a href="https://www.ilo.org/x"><cite>Global Estimates of Modern Slavery</cite></a>');
    expect(html).toContain('(ILO, Walk Free and IOM, 2022)');
  });
  it('cites a source without an address as plain text, and never the page it was checked on', async () => {
    const html = plain(
      await container.renderToString(SourceLink, {
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
    expect(html).not.toContain('<a href="undefined"');
    expect(html).toContain('<cite>Minimum Age Convention</cite>');
    expect(html).not.toContain('relay');
    expect(html).not.toContain('checked via');
  });
});

describe('RelatedLinks', () => {
  it('lists links under a heading of the requested level', async () => {
    const html = plain(
      await container.renderToString(RelatedLinks, {
        props: {
          heading: 'Related tools',
          level: 3,
          links: [{ href: '/tools/a/', label: 'Tool A', detail: 'Toolkit' }],
        },
      }),
    );
    expect(html).toMatch(/<h3[^>]*>Related tools<\/h3>/);
    expect(html).toContain('<a href="/tools/a/">Tool A</a>');
    expect(html).toContain('Toolkit');
  });
  it('says the section is empty when asked to, and renders nothing otherwise', async () => {
    const withEmpty = await container.renderToString(RelatedLinks, {
      props: { heading: 'Related tools', links: [], empty: 'No tool names this convention.' },
    });
    expect(withEmpty).toContain('No tool names this convention.');
    const without = await container.renderToString(RelatedLinks, { props: { heading: 'Related tools', links: [] } });
    expect(without).not.toContain('Related tools');
  });
});
