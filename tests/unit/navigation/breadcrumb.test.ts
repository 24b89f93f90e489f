/**
 * The "you are here" trail: a guidance page names its sidebar section, linked to the section's first
 * page; a collection item names its browse page; top-level pages and links have no trail.
 */
import { describe, expect, it } from 'vitest';
import { breadcrumb, breadcrumbWithHome, type NavEntry } from '../../../src/navigation/breadcrumb';
import { readDictionary } from '../../../src/i18n/ui-strings';
import { translator } from '../../../src/i18n/translate';

const link = (label: string, href: string, current = ''): NavEntry => ({
  type: 'link',
  label,
  href,
  isCurrent: href === current,
});
const sidebar = (current: string): NavEntry[] => [
  {
    type: 'group',
    label: 'About IPEC+',
    entries: [link('What is IPEC+', '/base/about/', current), link('History', '/base/about/history/', current)],
  },
  {
    type: 'group',
    label: 'Tools and resources',
    entries: [link('Tool catalogue', '/base/tools/', current), link('Glossary', '/base/reference/glossary/', current)],
  },
  link('ILO conventions', '/base/conventions/', current),
];

describe('breadcrumb', () => {
  it('gives a guidance page its section, linked to the first page of the section', () => {
    expect(breadcrumb(sidebar('/base/about/history/'), '/base/about/history/')).toEqual([
      { label: 'About IPEC+', href: '/base/about/' },
    ]);
  });

  it('does not link the section from its own first page', () => {
    expect(breadcrumb(sidebar('/base/about/'), '/base/about/')).toEqual([{ label: 'About IPEC+', href: undefined }]);
  });

  it('gives a collection item the browse page whose address contains it, in a group or on its own', () => {
    expect(breadcrumb(sidebar(''), '/base/tools/alliance-8-7/')).toEqual([
      { label: 'Tool catalogue', href: '/base/tools/' },
    ]);
    expect(breadcrumb(sidebar(''), '/base/conventions/c138/')).toEqual([
      { label: 'ILO conventions', href: '/base/conventions/' },
    ]);
  });

  it('gives a browse page in a section that section, unlinked', () => {
    expect(breadcrumb(sidebar('/base/tools/'), '/base/tools/')).toEqual([
      { label: 'Tools and resources', href: undefined },
    ]);
  });

  it('gives a top-level link, and a page outside every section, no trail', () => {
    expect(breadcrumb(sidebar('/base/conventions/'), '/base/conventions/')).toEqual([]);
    expect(breadcrumb(sidebar(''), '/base/elsewhere/')).toEqual([]);
  });
});

describe('breadcrumb in the page language', () => {
  const fr = translator(readDictionary('fr'), 'fr');
  const en = translator(readDictionary('en'), 'en');
  // Starlight gives the sidebar in the page's language: French labels, /fr/ addresses.
  const french = (current: string): NavEntry[] => [
    {
      type: 'group',
      label: 'À propos de l’IPEC+',
      entries: [link('Qu’est-ce que l’IPEC+', '/fr/about/', current), link('Histoire', '/fr/about/history/', current)],
    },
    link('Conventions de l’OIT', '/fr/conventions/', current),
  ];

  it('starts with "Home" in French, linked to the French home page', () => {
    expect(breadcrumbWithHome(french(''), '/fr/conventions/c138/', fr)).toEqual([
      { label: 'Accueil', href: '/fr/' },
      { label: 'Conventions de l’OIT', href: '/fr/conventions/' },
    ]);
    expect(breadcrumbWithHome(french(''), '/fr/conventions/c138/', fr, (p) => `/base${p}`)[0]).toEqual({
      label: 'Accueil',
      href: '/base/fr/',
    });
  });

  it('gives a top-level browse page no trail', () => {
    expect(breadcrumbWithHome(french('/fr/conventions/'), '/fr/conventions/', fr)).toEqual([]);
  });

  it('keeps "Home" in English', () => {
    expect(breadcrumbWithHome(sidebar('/base/about/history/'), '/base/about/history/', en)[0]).toEqual({
      label: 'Home',
      href: '/',
    });
  });
});
