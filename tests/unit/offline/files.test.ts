import { describe, expect, it } from 'vitest';
import { offlineLanguagesOf, offlineUrl } from '../../../src/offline/files';
import { formatMegabytes } from '../../../src/offline/names';

describe('offlineLanguagesOf', () => {
  it('keeps a page with its language', () => {
    expect(offlineLanguagesOf('about/index.html')).toEqual(['en']);
    expect(offlineLanguagesOf('fr/conventions/c138/index.html')).toEqual(['fr']);
    expect(offlineLanguagesOf('es/index.html')).toEqual(['es']);
    expect(offlineLanguagesOf('data/child-labour-map/index.html')).toEqual(['en']);
    // Every tool has a page in every language, so an English tool page goes with English only.
    expect(offlineLanguagesOf('tools/some-tool/index.html')).toEqual(['en']);
    expect(offlineLanguagesOf('fr/tools/some-tool/index.html')).toEqual(['fr']);
  });

  it("keeps the catalogue's data chunks with their language", () => {
    expect(offlineLanguagesOf('tools/data/0.json')).toEqual(['en']);
    expect(offlineLanguagesOf('fr/tools/data/3.json')).toEqual(['fr']);
    expect(offlineLanguagesOf('es/tools/data/12.json')).toEqual(['es']);
  });

  it('keeps hashed assets and chart pictures with every language', () => {
    expect(offlineLanguagesOf('_astro/page.cNngjUgL.js')).toEqual(['en', 'fr', 'es']);
    expect(offlineLanguagesOf('data/child-labour-map/preview.svg')).toEqual(['en', 'fr', 'es']);
  });

  it("keeps a language's search index with it only, and Pagefind's scripts with every language", () => {
    expect(offlineLanguagesOf('pagefind/fragment/fr_1a2b3c.pf_fragment')).toEqual(['fr']);
    expect(offlineLanguagesOf('pagefind/pagefind.es_f941225eac.pf_meta')).toEqual(['es']);
    expect(offlineLanguagesOf('pagefind/wasm.fr.pagefind')).toEqual(['fr']);
    expect(offlineLanguagesOf('pagefind/index/en_abc.pf_index')).toEqual(['en']);
    expect(offlineLanguagesOf('pagefind/pagefind.js')).toEqual(['en', 'fr', 'es']);
    expect(offlineLanguagesOf('pagefind/pagefind-component-ui.js')).toEqual([]);
  });

  it('leaves out downloads and files no page needs offline', () => {
    for (const file of [
      'data/child-labour-map.rate-2020.csv',
      'sitemap-0.xml',
      'og-image.png',
      '404.html',
      'robots.txt',
    ])
      expect(offlineLanguagesOf(file), file).toEqual([]);
  });
});

describe('offlineUrl', () => {
  it('gives pages their address, under the base', () => {
    expect(offlineUrl('index.html', '/')).toBe('/');
    expect(offlineUrl('fr/about/index.html', '/ipec-plus/')).toBe('/ipec-plus/fr/about/');
    expect(offlineUrl('_astro/x.js', '/ipec-plus')).toBe('/ipec-plus/_astro/x.js');
  });
});

describe('formatMegabytes', () => {
  it("writes the size in the language's number format", () => {
    expect(formatMegabytes(11_183_567, 'en-GB')).toBe('11.2 MB');
    expect(formatMegabytes(11_183_567, 'fr-FR')).toBe('11,2 MB');
  });
});
