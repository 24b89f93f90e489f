/**
 * Finds statistics typed into page prose instead of rendered from the figures collection. A figure's
 * "typed forms" are the ways a writer might copy it ("160 million", "21.6%", "21.6 per cent", "US$ 21
 * million", "11,483"). Bare small numbers ("six key interventions", years) are not looked for: only
 * forms with a unit word, a % or currency sign, or a value of 1,000 or more.
 */
import { formatCount, formatValue } from '../../src/i18n/format';
import type { Unit } from '../../src/schemas/figure';
import { uiStrings } from '../../src/i18n/ui-strings';
import { formatNumber } from '../../src/i18n/translate';

const grouped = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 10 });

export function typedForms(f: { value: number; unit: Unit }): string[] {
  const forms = new Set<string>();
  const base = formatValue(f.value, f.unit);
  const hasUnitSign = /[a-z%$]/i.test(base);
  if (hasUnitSign || f.value >= 1000) forms.add(base);
  if (f.value >= 1000) forms.add(grouped(f.value));
  switch (f.unit) {
    case 'percent':
    case 'share-percent':
      forms.add(`${grouped(f.value)} per cent`).add(`${grouped(f.value)} percent`);
      break;
    case 'per-thousand':
      forms.add(`${grouped(f.value)} per 1,000`).add(`${grouped(f.value)} per 1000`);
      break;
    case 'usd':
      forms
        .add(`US$${formatCount(f.value)}`)
        .add(`$${formatCount(f.value)}`)
        .add(`USD ${formatCount(f.value)}`);
      break;
    case 'eur':
      forms.add(`€${formatCount(f.value)}`).add(`€ ${formatCount(f.value)}`);
      break;
  }
  return [...forms];
}

/** No-break spaces as plain spaces, as proseOf writes prose. */
const plainSpaces = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

/**
 * The forms a translator might type in French or Spanish: « 160 millions », "8,6 %", « 11 483 »,
 * "11.483" (as the site writes them), and the percentage without the space before "%".
 */
export function translatedForms(f: { value: number; unit: Unit }): string[] {
  const forms = new Set<string>();
  for (const lang of ['fr', 'es'] as const) {
    const written = plainSpaces(formatValue(f.value, f.unit, undefined, undefined, uiStrings(lang)));
    if (/[\p{L}%$€]/u.test(written) || f.value >= 1000) forms.add(written);
    if (f.value >= 1000) forms.add(plainSpaces(formatNumber(f.value, lang)));
    if (written.endsWith(' %')) forms.add(written.replace(/ %$/, '%'));
  }
  return [...forms];
}

/**
 * The prose of an MDX file: without frontmatter, import/export lines, code, comments and the tags of
 * components (so `<Figure id="…" />` and its attributes are not prose; text between tags still is).
 */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)?\/?>/g, '')
    .replace(/\u00a0|\u202f/g, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each typed form found in `prose`, matched as a whole number ("6 million" does not match "16 million"). */
export function findTyped(prose: string, forms: string[]): string[] {
  return forms.filter((form) => new RegExp(`(?<![\\d.,])${escape(form)}(?![\\d]|[.,]\\d)`, 'i').test(prose));
}
