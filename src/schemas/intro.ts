import { z } from 'astro/zod';
import { description, text, title } from './messages';
import { withTranslations } from './translations';

/**
 * The editorial opening of a page that code builds from a collection (the index pages in src/pages/):
 * its title, description and introductory paragraphs. One YAML file per page in `content/intros/`,
 * named after the page's address: `conventions.yaml` opens /conventions/.
 *
 * Paragraphs are plain text. A number the page computes (how many countries are listed) is written as
 * a placeholder in braces, `{listedCountries}`, never typed: the page fills it in, and fails the build
 * naming the file if it has no value of that name.
 */
export const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

const paragraph = text('intro')
  .refine((value) => !/[<>]/.test(value), {
    error: 'intro paragraphs must not contain "<" or ">": write plain text, not HTML',
  })
  .refine((value) => !/[{}]/.test(value.replace(PLACEHOLDER, '')), {
    error: 'braces in an intro paragraph must hold a placeholder name, such as {listedCountries}, and nothing else',
  });

export const introSchema = () =>
  withTranslations(
    {
      title: title('title'),
      description: description('description'),
      intro: z
        .array(paragraph, { error: 'intro must be a list of paragraphs' })
        .min(1, { error: 'intro needs at least one paragraph' }),
    },
    ['title', 'description', 'intro'],
  );

export type IntroData = z.output<ReturnType<typeof introSchema>>;
