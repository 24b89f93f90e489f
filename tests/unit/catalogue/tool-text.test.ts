/**
 * A tool's title and description in a reader's language: the publisher's own translated title, or our
 * descriptive one with the published (English) title after it, or the English text marked as English.
 */
import { describe, expect, it } from 'vitest';
import { toolPath, toolText } from '../../../src/catalogue/tool-text';

const check = {
  method: 'publisher-page' as const,
  copyAddress: 'https://example.org/guide-fr',
  copyPublisher: 'ILO',
  checked: '2026-01-31',
};
const english = { title: 'A Handbook for Governments', description: 'Guidance for labour inspectors.' };

describe('toolText', () => {
  it('gives the English text on an English page, even when a translation exists', () => {
    const tool = { ...english, translations: { fr: { descriptiveTitle: 'Un manuel', description: 'Des conseils.' } } };
    expect(toolText(tool, 'en')).toEqual({ ...english, titleLang: 'en', descriptionLang: 'en' });
  });

  it("shows the publisher's own translated title as the title, without an original title", () => {
    const tool = {
      ...english,
      translations: { es: { title: 'Manual para gobiernos', titleCheck: check, description: 'Orientaciones.' } },
    };
    expect(toolText(tool, 'es')).toEqual({
      title: 'Manual para gobiernos',
      titleLang: 'es',
      description: 'Orientaciones.',
      descriptionLang: 'es',
    });
  });

  it('shows our descriptive title with the published title after it', () => {
    const tool = { ...english, translations: { fr: { descriptiveTitle: 'Un manuel pour les gouvernements' } } };
    expect(toolText(tool, 'fr')).toEqual({
      title: 'Un manuel pour les gouvernements',
      titleLang: 'fr',
      originalTitle: 'A Handbook for Governments',
      description: 'Guidance for labour inspectors.',
      descriptionLang: 'en',
    });
  });

  it('keeps what is not translated in English, and says so', () => {
    expect(toolText(english, 'fr')).toEqual({ ...english, titleLang: 'en', descriptionLang: 'en' });
    // A translation into another language does not stand in for this one.
    const tool = { ...english, translations: { fr: { descriptiveTitle: 'Un manuel', description: 'Des conseils.' } } };
    expect(toolText(tool, 'es')).toEqual({ ...english, titleLang: 'en', descriptionLang: 'en' });
  });

  it('sets French typography in the translated text only', () => {
    const tool = {
      title: 'Guide: child labour',
      description: 'What is it?',
      translations: { fr: { descriptiveTitle: 'Guide : travail des enfants', description: 'De quoi s’agit-il ?' } },
    };
    const french = toolText(tool, 'fr');
    expect(french.title).toBe('Guide\u202f: travail des enfants');
    expect(french.description).toBe('De quoi s’agit-il\u202f?');
    expect(french.originalTitle).toBe('Guide: child labour');
  });
});

describe('toolPath', () => {
  it("gives a tool's page in each language", () => {
    expect(toolPath('scream', 'en')).toBe('/tools/scream/');
    expect(toolPath('scream', 'fr')).toBe('/fr/tools/scream/');
    expect(toolPath('scream', 'es')).toBe('/es/tools/scream/');
  });
});
