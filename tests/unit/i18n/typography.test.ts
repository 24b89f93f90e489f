/** French punctuation spacing (src/i18n/typography.ts): a narrow no-break space where French puts one, nothing else. */
import { describe, expect, it } from 'vitest';
import { typeset } from '../../../src/i18n/typography';

const NNBSP = '\u202f';

describe('typeset in French', () => {
  it('puts a narrow no-break space before ; : ! ? after a word, whatever space was typed', () => {
    expect(typeset('Attention : lire ceci ; puis agir !', 'fr')).toBe(
      `Attention${NNBSP}: lire ceci${NNBSP}; puis agir${NNBSP}!`,
    );
    expect(typeset('Pourquoi?', 'fr')).toBe(`Pourquoi${NNBSP}?`);
    expect(typeset('Pourquoi\u00a0?', 'fr')).toBe(`Pourquoi${NNBSP}?`);
    expect(typeset('Vraiment ?!', 'fr')).toBe(`Vraiment${NNBSP}?!`);
    expect(typeset('(voir ci-dessous :)', 'fr')).toBe(`(voir ci-dessous${NNBSP}:)`);
  });

  it('puts a narrow no-break space inside guillemets', () => {
    expect(typeset('le mot « travail »', 'fr')).toBe(`le mot «${NNBSP}travail${NNBSP}»`);
    expect(typeset('le mot «travail»', 'fr')).toBe(`le mot «${NNBSP}travail${NNBSP}»`);
    expect(typeset('« Stop ! »', 'fr')).toBe(`«${NNBSP}Stop${NNBSP}!${NNBSP}»`);
  });

  it('gives the same text when applied again', () => {
    for (const text of ['Attention : lire ceci ; puis agir !', 'le mot « travail » ?', 'a:b https://x.org/?q=1'])
      expect(typeset(typeset(text, 'fr'), 'fr')).toBe(typeset(text, 'fr'));
  });

  it('leaves addresses, times and query strings alone', () => {
    for (const text of ['https://x', 'voir https://example.org/a?q=1', 'à 10:30', '?q=travail', 'ratio 3:1'])
      expect(typeset(text, 'fr')).toBe(text);
  });
});

describe('typeset in other languages', () => {
  it('changes nothing in English or Spanish', () => {
    for (const text of ['Note: read this; then act!', 'the word « work »', '¿Qué es? ¡Atención: lea esto!'])
      for (const lang of ['en', 'es'] as const) expect(typeset(text, lang)).toBe(text);
  });
});
