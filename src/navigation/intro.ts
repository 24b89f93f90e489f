import { PLACEHOLDER } from '../schemas/intro';
import { checkedByGuard } from '../core/checked';

/**
 * An intro paragraph with its placeholders ("{listedCountries}") replaced by the values the page
 * computed. The guard has checked that each placeholder is one the page fills in
 * (src/core/site-entries.ts), so a typo in content never reaches readers as "{listedCountrise}".
 */
export function fillPlaceholders(paragraph: string, values: Readonly<Record<string, string>>): string {
  return paragraph.replace(PLACEHOLDER, (_, name: string) =>
    checkedByGuard(values[name], "an intro's placeholders are ones its page fills in"),
  );
}
