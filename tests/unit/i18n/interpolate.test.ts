/** The one interpolation and number formatting, as the build's translator and the browser scripts use it. */
import { describe, expect, it } from 'vitest';
import { formatNumber, interpolate, placeholders } from '../../../src/i18n/interpolate';
import { fillPlural, scriptPlural, scriptTemplate } from '../../../src/i18n/script-strings';
import { translator } from '../../../src/i18n/translate';
import { LANGS, NUMBER_LOCALES } from '../../../src/core/locales';

describe('formatNumber', () => {
  it('writes digits each locale’s way and keeps every published decimal', () => {
    expect(formatNumber(1234.5, 'en-GB')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'fr-FR')).toBe('1\u202f234,5');
    expect(formatNumber(12345.5, 'es-ES')).toBe('12.345,5');
    expect(formatNumber(0.123456789, 'en-GB')).toBe('0.123456789');
    expect(formatNumber(11.18, 'fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe('11,2');
  });
});

describe('interpolate', () => {
  it('fills placeholders, writing numbers the locale’s way and text as given', () => {
    expect(interpolate('{{count}} outils pour « {{ query }} »', { count: 1500, query: 'coton' }, 'fr-FR')).toBe(
      '1\u202f500 outils pour « coton »',
    );
  });

  it('leaves a placeholder without a value as written, unless told what to do with it', () => {
    expect(interpolate('{{a}} and {{ b }}', { a: 1 }, 'en-GB')).toBe('1 and {{ b }}');
    expect(() =>
      interpolate('{{a}} and {{b}}', { a: 1 }, 'en-GB', (name) => {
        throw new Error(`no ${name}`);
      }),
    ).toThrow('no b');
  });

  it('lists a string’s placeholders once each, sorted', () => {
    expect(placeholders('{{b}} and {{a}} and {{ b }}')).toEqual(['a', 'b']);
  });
});

describe('the translator and the browser scripts', () => {
  const dictionary = {
    'site.found_one': '{{count}} of {{total}} tool',
    'site.found_other': '{{count}} of {{total}} tools',
    'site.size': 'About {{size}} MB',
  };

  it('write the same sentence for every language and count', () => {
    for (const lang of LANGS) {
      const t = translator(dictionary, lang);
      const locale = NUMBER_LOCALES[lang];
      for (const count of [0, 1, 2, 1500, 2.5])
        expect(fillPlural(scriptPlural(t, 'site.found'), count, { total: 12345 }, locale)).toBe(
          t('site.found', { count, total: 12345 }),
        );
      expect(interpolate(scriptTemplate(t, 'site.size'), { size: 1234.5 }, locale)).toBe(
        t('site.size', { size: 1234.5 }),
      );
    }
  });
});
