/** Starlight's `pagefind` settings from astro.config.mjs, as its own search dialog reads them. */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: { ranking?: Record<string, number | Record<string, number>> };
}
