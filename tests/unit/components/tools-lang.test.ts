/**
 * English text on French and Spanish pages is marked lang="en" (WCAG 3.1.2): a tool's title and
 * description in the catalogue (the entries the server renders and the template the filter script
 * copies), and a related link whose label is English; English pages get no attribute at all.
 * Rendered with Astro's container API on a request under /fr/ or /es/, so `Astro.currentLocale` is the
 * page's language.
 */
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { at, localizedContainer } from '../../support/container';
import { beforeAll, describe, expect, it } from 'vitest';
import RelatedLinks from '../../../src/components/RelatedLinks.astro';
import ToolEntry from '../../../src/components/tools/ToolEntry.astro';
import ToolFilters from '../../../src/components/tools/ToolFilters.astro';
import type { CatalogueTool } from '../../../src/utils/tool-catalogue';

/** Markup without what Astro adds (data-astro-* attributes, astro-* scoped style classes). */
const plain = (html: string) =>
  html
    .replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '')
    .replace(/ data-astro-cid-[a-z0-9]+/g, '')
    .replace(/ astro-[a-z0-9]{8}(?=[ "])/g, '')
    .replace(/ class=""/g, '');

let container: AstroContainer;
beforeAll(async () => {
  container = await localizedContainer();
});

const tool: CatalogueTool = {
  id: 'a-handbook',
  title: 'A Handbook for Governments',
  description: 'Guidance for labour inspectors.',
  kind: 'guide',
  topics: ['child-labour'],
  pillars: [],
  audiences: ['governments'],
  year: 2020,
};

describe('ToolEntry', () => {
  it.each(['fr', 'es'])('marks the title and description as English on a %s list, not the facts', async (lang) => {
    const html = plain(await container.renderToString(ToolEntry, { ...at(`/${lang}/tools/`), props: { tool } }));
    expect(html).toMatch(
      /<a class="tool-title" href="\/tools\/a-handbook\/" lang="en">A Handbook for Governments<\/a>/,
    );
    expect(html).toContain('<p class="tool-desc" lang="en">Guidance for labour inspectors.</p>');
    expect(html.match(/lang="en"/g)).toHaveLength(2);
  });
  it('adds no lang attribute on the English list', async () => {
    const html = plain(await container.renderToString(ToolEntry, { ...at('/tools/'), props: { tool } }));
    expect(html).toContain('<a class="tool-title" href="/tools/a-handbook/">A Handbook for Governments</a>');
    expect(html).toContain('<p class="tool-desc">Guidance for labour inspectors.</p>');
    expect(html).not.toContain('lang=');
  });
});

describe('ToolFilters', () => {
  /** The entry template the filter script copies for each tool it finds. */
  const template = async (path: string) => {
    const html = plain(
      await container.renderToString(ToolFilters, { ...at(path), props: { tools: [tool], chunkCount: 1 } }),
    );
    return /<template id="tool-entry-template"[^>]*>([\s\S]*?)<\/template>/.exec(html)![1]!;
  };
  it('copies English title and description marks into each found tool on a French page', async () => {
    const html = await template('/fr/tools/');
    expect(html).toContain('<a class="tool-title" lang="en"></a>');
    expect(html).toContain('<p class="tool-desc" lang="en"></p>');
  });
  it('marks nothing on the English page', async () => {
    expect(await template('/tools/')).not.toContain('lang=');
  });
});

describe('RelatedLinks', () => {
  const links = [
    { href: '/tools/a-handbook/', label: 'A Handbook for Governments', lang: 'en' as const },
    { href: '/fr/priorities/x/', label: 'Chaînes d’approvisionnement' },
  ];
  it('marks an English label on a French page and leaves the French one', async () => {
    const html = plain(
      await container.renderToString(RelatedLinks, {
        ...at('/fr/conventions/c138/'),
        props: { heading: 'Outils', links },
      }),
    );
    expect(html).toContain('<a href="/tools/a-handbook/" lang="en">A Handbook for Governments</a>');
    expect(html).toContain('<a href="/fr/priorities/x/">Chaînes d’approvisionnement</a>');
  });
  it('adds no lang attribute on an English page', async () => {
    const html = plain(
      await container.renderToString(RelatedLinks, { ...at('/conventions/c138/'), props: { heading: 'Tools', links } }),
    );
    expect(html).toContain('<a href="/tools/a-handbook/">A Handbook for Governments</a>');
    expect(html).not.toContain('lang=');
  });
});
