import { PLACEHOLDER } from '../schemas/intro';

/**
 * An intro paragraph with its placeholders ("{listedCountries}") replaced by the values the page
 * computed. A placeholder the page does not provide stops the build, naming the file and what the
 * page does provide, so a typo in content never reaches readers as "{listedCountrise}".
 */
export function fillPlaceholders(paragraph: string, values: Readonly<Record<string, string>>, file: string): string {
  return paragraph.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value !== undefined) return value;
    const offered = Object.keys(values);
    throw new Error(
      `${file} → intro: ${whole} is not a value this page provides (${offered.length ? offered.map((k) => `{${k}}`).join(', ') : 'it provides none'})`,
    );
  });
}
