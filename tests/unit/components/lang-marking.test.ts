/**
 * Components of the collection pages mark English text lang="en" on French and Spanish pages only:
 * rendered with Astro's container API on a request under /fr/ or at the root, so `Astro.currentLocale`
 * is the page's language.
 */
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { at, localizedContainer } from '../../support/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ProvisionList from '../../../src/components/ProvisionList.astro';
import CountryList from '../../../src/components/CountryList.astro';
import ConventionTable from '../../../src/components/ConventionTable.astro';

const plain = (html: string) =>
  html
    .replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '')
    .replace(/ class="astro-[a-z0-9]+"/g, '')
    .replace(/ astro-[a-z0-9]+/g, '');

let container: AstroContainer;
beforeAll(async () => {
  container = await localizedContainer();
});

const check = {
  method: 'official-copy' as const,
  copyAddress: 'https://example.org/c138',
  copyPublisher: 'ILO (text of the Convention)',
  checked: '2026-11-29',
};
const provisions = [
  {
    text: 'Each Member shall pursue a national policy.',
    article: 'Article 1',
    check,
    translations: { fr: { text: 'Tout Membre s’engage à poursuivre une politique nationale.' } },
  },
  { text: 'Light work may be permitted.', article: 'Article 7', check },
];
const keyAges = [{ age: 13, what: 'light work', article: 'Article 7(1)' }];

describe('ProvisionList', () => {
  it('marks an untranslated provision English on a French page, and the translated one not; links each Article to the official text, never naming the copy', async () => {
    const fr = plain(
      await container.renderToString(ProvisionList, { ...at('/fr/conventions/c138/'), props: { provisions, keyAges } }),
    );
    expect(fr).toContain('<span>Tout Membre s’engage à poursuivre une politique nationale.</span>');
    expect(fr).toContain('<span lang="en">Light work may be permitted.</span>');
    expect(fr).toContain('<a href="https://example.org/c138">Article 7</a>');
    expect(fr).not.toContain('text of the Convention');
    expect(fr).toContain('<span lang="en">light work</span>');
    const en = await container.renderToString(ProvisionList, {
      ...at('/conventions/c138/'),
      props: { provisions, keyAges },
    });
    expect(en).not.toContain('lang=');
    expect(en).toContain('Each Member shall pursue a national policy.');
  });
});

describe('CountryList', () => {
  it('names each country in the page language, so marks none as English', async () => {
    const props = { countries: [{ id: 'zaf', data: { name: 'South Africa', iso3: 'ZAF' } }] };
    const fr = plain(await container.renderToString(CountryList, { ...at('/fr/countries/'), props }));
    expect(fr).toMatch(/<a href="\/fr\/countries\/zaf\/"[^>]*>Afrique du Sud<\/a>/);
    expect(fr).not.toContain('lang=');
    const es = plain(await container.renderToString(CountryList, { ...at('/es/countries/'), props }));
    expect(es).toMatch(/<a href="\/es\/countries\/zaf\/"[^>]*>Sudáfrica<\/a>/);
    const en = await container.renderToString(CountryList, { ...at('/countries/'), props });
    expect(plain(en)).toMatch(/<a href="\/countries\/zaf\/"[^>]*>South Africa<\/a>/);
    expect(en).not.toContain('lang=');
  });
});

describe('ConventionTable', () => {
  it('marks a title given as English', async () => {
    const row = {
      id: 'r190',
      code: 'R190',
      title: 'Worst Forms of Child Labour Recommendation, 1999 (No. 190)',
      titleLang: 'en' as const,
      instrument: 'recommendation' as const,
      adopted: 1999,
      subject: 'Orientations.',
      fundamental: false,
      keyAges: [],
    };
    const fr = plain(
      await container.renderToString(ConventionTable, {
        ...at('/fr/conventions/'),
        props: { caption: 'x', rows: [row] },
      }),
    );
    expect(fr).toMatch(/<a href="\/fr\/conventions\/r190\/" lang="en">\s*Worst Forms/);
    expect(fr).toContain('<span>Orientations.</span>');
  });
});
