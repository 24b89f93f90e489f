/** The interface-string translator: placeholders, plural forms by language, numbers, rich parts, missing keys. */
import { describe, expect, it } from 'vitest';
import { baseKey, formatNumber, richParts, translator, vocabLabel } from '../../../src/i18n/translate';
import { uiStrings } from '../../../src/i18n/ui-strings';

const fr = translator(
  {
    'site.tools.count_one': '{{count}} outil',
    'site.tools.count_other': '{{count}} outils',
    'site.hello': 'Bonjour {{name}}',
  },
  'fr',
);

describe('translator', () => {
  it('fills placeholders and picks the plural form by the language’s rules', () => {
    expect(fr('site.hello', { name: 'Awa' })).toBe('Bonjour Awa');
    // French counts 0 and 1 as singular, English only 1.
    expect(fr('site.tools.count', { count: 0 })).toBe('0 outil');
    expect(fr('site.tools.count', { count: 2 })).toBe('2 outils');
    expect(fr('site.tools.count', { count: 1500 })).toBe('1\u202f500 outils');
  });

  it('names the file and key when a string or a value is missing', () => {
    expect(() => fr('site.nothing')).toThrow('content/i18n/fr.json has no string "site.nothing"');
    expect(() => fr('site.hello')).toThrow('needs a value for {{name}}');
  });

  it('writes numbers each language’s way', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatNumber(12345.5, 'es')).toBe('12.345,5');
  });

  it('splits a sentence into text and the parts a component wraps', () => {
    expect(richParts('See the <0>list of sources</0>.')).toEqual([
      { text: 'See the ' },
      { text: 'list of sources', index: 0 },
      { text: '.' },
    ]);
    expect(richParts('No markup')).toEqual([{ text: 'No markup' }]);
  });

  it('reads plural keys', () => {
    expect(baseKey('site.x_other')).toBe('site.x');
    expect(baseKey('site.x')).toBe('site.x');
  });

  it('labels vocabulary values in the site’s own files, in every language', () => {
    expect(vocabLabel(uiStrings('fr'), 'topic', 'forced-labour')).toBe('Travail forcé');
    expect(vocabLabel(uiStrings('es'), 'topic', 'child-labour')).toBe('Trabajo infantil');
    expect(vocabLabel(uiStrings(undefined), 'topic', 'child-labour')).toBe('Child labour');
  });
});
