/**
 * Astro's container API set up as the site's builds are: the i18n part of the manifest a build makes
 * from Starlight's locales (English at the root, the others under their code), so components read
 * `Astro.currentLocale` from the request's path. The container reads nothing else of the manifest, so
 * only i18n is filled in.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { SSRManifest } from 'astro';
import { DEFAULT_LANG, LANGS } from '../../src/core/locales';

export async function localizedContainer(): Promise<AstroContainer> {
  const i18n: NonNullable<SSRManifest['i18n']> = {
    defaultLocale: DEFAULT_LANG,
    locales: [...LANGS],
    strategy: 'pathname-prefix-other-locales',
    fallback: undefined,
    fallbackType: 'rewrite',
    domainLookupTable: {},
    domains: undefined,
  };
  return AstroContainer.create({ manifest: { i18n } as Partial<SSRManifest> as SSRManifest });
}

/** Render options for a page at `path` ("/fr/conventions/"): the language comes from the path. */
export const at = (path: string) => ({ request: new Request(`https://example.org${path}`) });
