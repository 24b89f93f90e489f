/** Locale-prefixed paths and the picker's targets. */
import { describe, expect, it } from 'vitest';
import { inEveryLang, langOf, localizePath, pickerPath, splitLocale } from '../../../src/core/locales';

describe('locales', () => {
  it('splits a path into its language and the English path', () => {
    expect(splitLocale('/fr/about/')).toEqual({ lang: 'fr', path: '/about/' });
    expect(splitLocale('/es/')).toEqual({ lang: 'es', path: '/' });
    expect(splitLocale('/es')).toEqual({ lang: 'es', path: '/' });
    expect(splitLocale('/about/')).toEqual({ lang: 'en', path: '/about/' });
    // A page whose first segment merely looks like a language code is English.
    expect(splitLocale('/de/x/')).toEqual({ lang: 'en', path: '/de/x/' });
    expect(splitLocale('/en/x/')).toEqual({ lang: 'en', path: '/en/x/' });
  });

  it('localizes a path, from English or from another language', () => {
    expect(localizePath('/conventions/c138/', 'fr')).toBe('/fr/conventions/c138/');
    expect(localizePath('/fr/conventions/c138/', 'es')).toBe('/es/conventions/c138/');
    expect(localizePath('/es/data/', 'en')).toBe('/data/');
    expect(localizePath('/', 'fr')).toBe('/fr/');
  });

  it('sends the picker to the same page in the other language, or home from a not-found page', () => {
    expect(pickerPath('/about/history/', 'fr')).toBe('/fr/about/history/');
    // Every tool has a page in every language.
    expect(pickerPath('/tools/scream/', 'fr')).toBe('/fr/tools/scream/');
    expect(pickerPath('/es/tools/scream/', 'fr')).toBe('/fr/tools/scream/');
    expect(pickerPath('/fr/tools/topic/child-labour/', 'en')).toBe('/tools/topic/child-labour/');
    expect(pickerPath('/fr/about/', 'en')).toBe('/about/');
    expect(pickerPath('/fr/404/', 'es')).toBe('/es/');
    expect(pickerPath('/404.html', 'fr')).toBe('/fr/');
  });

  it('makes each route once per language, English without a prefix', () => {
    const routes = inEveryLang([{ params: { id: 'c138' }, props: { n: 1 } }]);
    expect(routes.map((r) => r.params)).toEqual([
      { id: 'c138', locale: undefined },
      { id: 'c138', locale: 'fr' },
      { id: 'c138', locale: 'es' },
    ]);
    expect(routes.every((r) => r.props.n === 1)).toBe(true);
  });

  it('reads a page language from Astro.currentLocale, English for anything else', () => {
    expect(langOf('fr')).toBe('fr');
    expect(langOf(undefined)).toBe('en');
    expect(langOf('de')).toBe('en');
  });
});
