/**
 * English text on French and Spanish pages is marked lang="en" (WCAG 3.1.2): a tool's title and
 * description in the catalogue when they are not translated, the published (English) title shown after
 * our descriptive translation of it, and a related link whose label is English; English pages mark
 * nothing. Every tool links to its page in the list's language. Rendered with Astro's container API on a
 * request under /fr/ or /es/, so `Astro.currentLocale` is the page's language.
 */
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { at, localizedContainer } from '../../support/container';
import { beforeAll, describe, expect, it } from 'vitest';
import RelatedLinks from '../../../src/components/RelatedLinks.astro';
import ToolEntry from '../../../src/components/tools/ToolEntry.astro';
import ToolFilters from '../../../src/components/tools/ToolFilters.astro';
import type { CatalogueTool } from '../../../src/catalogue/catalogue';

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

/** A tool whose title and description are not translated. */
const tool: CatalogueTool = {
  id: 'a-handbook',
  title: 'A Handbook for Governments',
  titleLang: 'en',
  description: 'Guidance for labour inspectors.',
  descriptionLang: 'en',
  kind: 'guide',
  topics: ['child-labour'],
  pillars: [],
  audiences: ['governments'],
  year: 2020,
};
/** The same tool in a French catalogue with our descriptive title and a French description. */
const described: CatalogueTool = {
  ...tool,
  title: 'Un manuel pour les gouvernements',
  titleLang: 'fr',
  originalTitle: 'A Handbook for Governments',
  description: 'Des conseils pour les inspecteurs du travail.',
  descriptionLang: 'fr',
};

describe('ToolEntry', () => {
  it.each(['fr', 'es'])(
    'links to the tool page of a %s list and marks the untranslated title and description as English, not the facts',
    async (lang) => {
      const html = plain(await container.renderToString(ToolEntry, { ...at(`/${lang}/tools/`), props: { tool } }));
      expect(html).toContain(
        `<a class="tool-title" href="/${lang}/tools/a-handbook/" lang="en">A Handbook for Governments</a>`,
      );
      expect(html).toContain('<p class="tool-desc" lang="en">Guidance for labour inspectors.</p>');
      expect(html.match(/lang="en"/g)).toHaveLength(2);
      expect(html).not.toContain('tool-original');
    },
  );
  it('shows a descriptive title in the page language with the published title after it, marked English', async () => {
    const html = plain(await container.renderToString(ToolEntry, { ...at('/fr/tools/'), props: { tool: described } }));
    expect(html).toContain('<a class="tool-title" href="/fr/tools/a-handbook/">Un manuel pour les gouvernements</a>');
    expect(html).toMatch(
      /<p class="tool-original">Titre publié\u202f: <cite lang="en">A Handbook for Governments<\/cite><\/p>/,
    );
    expect(html).toContain('<p class="tool-desc">Des conseils pour les inspecteurs du travail.</p>');
    expect(html.match(/lang="en"/g)).toHaveLength(1);
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
  it('gives each found tool a place for the published title, in the page language and marked English', async () => {
    const html = await template('/fr/tools/');
    expect(html).toMatch(/<p class="tool-original">Titre publié\u202f: <cite lang="en"[^>]*><\/cite><\/p>/);
    // The script marks the title and description per tool (only those not translated).
    expect(html).toContain('<a class="tool-title"></a>');
    expect(html).toContain('<p class="tool-desc"></p>');
  });
  it('leaves the title and description unmarked on the English page too', async () => {
    const html = await template('/tools/');
    expect(html).toContain('<a class="tool-title"></a>');
    expect(html).toContain('<p class="tool-desc"></p>');
    expect(html).toContain('Published title:');
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
