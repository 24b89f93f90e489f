/**
 * Translations beside the English: a translated field is checked against the English one (same number
 * of paragraphs, same placeholders), only text fields can be translated, and localize() puts the
 * reader's language in place of the English through nested objects and lists.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { withTranslations } from '../../../src/schemas/translations';
import { fieldLang, isTranslated, langAttribute, localize } from '../../../src/i18n/localize';

const item = withTranslations({ id: z.string(), text: z.string() }, ['text']);
const schema = withTranslations(
  { title: z.string(), notes: z.array(z.string()).default([]), items: z.array(item).default([]), year: z.number() },
  ['title', 'notes'],
);
const issues = (data: unknown) =>
  (schema.safeParse(data).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('withTranslations', () => {
  it('accepts translated fields, some languages or fields left out', () => {
    expect(issues({ title: 'T', year: 2020, translations: { fr: { title: 'T fr' } } })).toEqual([]);
    expect(
      issues({ title: 'T', notes: ['a', 'b'], year: 2020, translations: { es: { notes: ['a es', 'b es'] } } }),
    ).toEqual([]);
  });

  it('rejects a translated list of another length, naming the field', () => {
    expect(issues({ title: 'T', notes: ['a'], year: 2020, translations: { fr: { notes: ['a', 'b'] } } })).toEqual([
      'translations.fr.notes: must list 1 item(s), one for each English item, in the same order (it has 2)',
    ]);
  });

  it('rejects a translation that drops or changes a {placeholder}', () => {
    const data = { title: 'About {world-total} people', year: 2020, translations: { es: { title: 'Unas personas' } } };
    expect(issues(data)).toEqual([
      'translations.es.title: must keep the placeholders of the English text ({world-total}), not none',
    ]);
  });

  it('rejects a translated value, id or unknown language', () => {
    expect(issues({ title: 'T', year: 2020, translations: { fr: { year: 2021 } } })).toHaveLength(1);
    expect(issues({ title: 'T', year: 2020, translations: { de: { title: 'T de' } } })).toHaveLength(1);
  });

  it('leaves out the English default of a list: an untranslated list stays English', () => {
    const parsed = schema.parse({ title: 'T', notes: ['a'], year: 2020, translations: { fr: { title: 'T fr' } } });
    expect(parsed.translations?.fr).toEqual({ title: 'T fr' });
    expect(localize(parsed, 'fr').notes).toEqual(['a']);
  });
});

describe('localize', () => {
  const data = schema.parse({
    title: 'Title',
    notes: ['Note'],
    year: 2020,
    items: [
      { id: 'a', text: 'First', translations: { fr: { text: 'Premier' } } },
      { id: 'b', text: 'Second' },
    ],
    translations: { fr: { title: 'Titre', notes: ['Note fr'] }, es: { title: 'Título' } },
  });

  it('puts the language in place of the English, through nested lists, and keeps values', () => {
    const fr = localize(data, 'fr');
    expect(fr).toMatchObject({ title: 'Titre', notes: ['Note fr'], year: 2020 });
    expect(fr.items.map((i) => i.text)).toEqual(['Premier', 'Second']);
    expect(localize(data, 'es')).toMatchObject({ title: 'Título', notes: ['Note'] });
  });

  it('returns the English for English, without the translations', () => {
    const en = localize(data, 'en');
    expect(en).toMatchObject({ title: 'Title', notes: ['Note'] });
    expect(en.translations).toBeUndefined();
  });

  it('tells whether an entry has any text in a language', () => {
    expect(isTranslated(data, 'fr')).toBe(true);
    expect(isTranslated({ title: 'x' }, 'es')).toBe(false);
    expect(isTranslated({ title: 'x' }, 'en')).toBe(true);
  });

  it('says which language a field is shown in, and when text needs its own lang attribute', () => {
    expect(fieldLang(data, 'title', 'fr')).toBe('fr');
    expect(fieldLang(data, 'notes', 'es')).toBe('en');
    expect(fieldLang(data, 'title', 'en')).toBe('en');
    expect(langAttribute('en', 'fr')).toBe('en');
    expect(langAttribute('fr', 'fr')).toBeUndefined();
  });
});
