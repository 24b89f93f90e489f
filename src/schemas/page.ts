import { z } from 'astro/zod';
import { description, httpUrl, oneOf, text, title } from './messages';
import { AUDIENCES, ILO_REGIONS, PAGE_TYPES, PILLARS, TOOL_KINDS, TOPICS } from './vocab';
import { pendingTranslation } from './translations';

/**
 * Fields IPEC+ pages add to Starlight's frontmatter. Guidance pages set them in MDX frontmatter;
 * collection pages pass them to <StarlightPage>. They drive the search filters.
 */
export const pageExtension = z.object({
  title: title('title'),
  /** Result type in search, shown on each result. */
  pageType: oneOf(PAGE_TYPES, 'pageType').default('guidance'),
  topics: z.array(oneOf(TOPICS, 'topics')).default([]),
  regions: z.array(oneOf(ILO_REGIONS, 'regions')).default([]),
  pillars: z.array(oneOf(PILLARS, 'pillars')).default([]),
  toolKind: oneOf(TOOL_KINDS, 'toolKind').optional(),
  /**
   * What a guidance page is about, in the terms tools are described in, so the page ends with the tools
   * that serve it (src/catalogue/page-tools.ts): the readers it is written for (`audiences`), the ILO
   * instruments it explains (`instruments`: ids of content/conventions) and the thematic priorities it
   * belongs to (`priorities`: ids of content/priorities). With `topics` and `pillars` above.
   */
  tools: z
    .strictObject({
      audiences: z.array(oneOf(AUDIENCES, 'tools.audiences')).default([]),
      instruments: z
        .array(z.string().regex(/^[cpr]\d+$/, { error: 'tools.instruments must name instruments such as c29 or p29' }))
        .default([]),
      priorities: z
        .array(z.string().regex(/^[a-z0-9-]+$/, { error: 'tools.priorities must name priority ids' }))
        .default([]),
    })
    .optional(),
  /** On an English page without its French or Spanish version yet: why (src/guard/translations.ts). */
  translation: pendingTranslation(),
});

/** A link in frontmatter: a path on this site ("/tools/") or a full http(s) address. */
const link = (what: string) =>
  z.union([z.string().regex(/^\/(?!\/)/), httpUrl(what)], {
    error: (issue) =>
      `${what} must be a path on this site such as "/tools/" or a full https:// address (got ${JSON.stringify(issue.input)})`,
  });

/** One line of plain text that Starlight writes as HTML (hero title and tagline). */
const plainLine = (what: string) =>
  text(what).refine((value) => !/[<>]/.test(value), {
    error: `${what} must not contain "<" or ">": write plain text, not HTML`,
  });

/**
 * Everything an MDX page's frontmatter may hold, checked by the content guard: the IPEC+ fields and the
 * Starlight fields this site uses. Any other key fails (a misspelt `topic:` would silently drop the
 * page's search filters). Starlight's `head`, `banner` and hero `image.html` are left out on purpose:
 * they are written into the page as raw HTML. `slug` is left out so a page's address is its file path.
 */
export const pageFrontmatter = pageExtension
  .extend({
    // An empty description (as the scaffold writes it) means "use the site's", as Starlight reads it.
    description: z.preprocess((value) => (value === '' ? undefined : value), description('description').optional()),
    template: oneOf(['doc', 'splash'], 'template').optional(),
    sidebar: z
      .strictObject({
        label: plainLine('sidebar.label').optional(),
        order: z.number({ error: 'sidebar.order must be a number' }).optional(),
        hidden: z.boolean({ error: 'sidebar.hidden must be true or false' }).optional(),
      })
      .optional(),
    hero: z
      .strictObject({
        title: plainLine('hero.title').optional(),
        tagline: plainLine('hero.tagline').optional(),
        actions: z
          .array(
            z.strictObject({
              text: plainLine('hero.actions.text'),
              link: link('hero.actions.link'),
              // Starlight also accepts inline "<svg…>" markup here and writes it as HTML: only a name of one of
              // its built-in icons is allowed (Starlight's own schema then rejects a name it does not have).
              icon: z
                .string()
                .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
                  error: 'hero.actions.icon must be the name of a Starlight icon, such as "right-arrow", not markup',
                })
                .optional(),
              variant: oneOf(['primary', 'secondary', 'minimal'], 'hero.actions.variant').optional(),
            }),
          )
          .optional(),
      })
      .optional(),
    tableOfContents: z
      .union([
        z.boolean(),
        z.strictObject({
          minHeadingLevel: z.number().int().min(1).max(6).optional(),
          maxHeadingLevel: z.number().int().min(1).max(6).optional(),
        }),
      ])
      .optional(),
    prev: z
      .union([
        z.boolean(),
        plainLine('prev'),
        z.strictObject({ link: link('prev.link').optional(), label: plainLine('prev.label').optional() }),
      ])
      .optional(),
    next: z
      .union([
        z.boolean(),
        plainLine('next'),
        z.strictObject({ link: link('next.link').optional(), label: plainLine('next.label').optional() }),
      ])
      .optional(),
    pagefind: z.boolean({ error: 'pagefind must be true or false' }).optional(),
    draft: z.boolean({ error: 'draft must be true or false' }).optional(),
  })
  .strict();
