/** Runs axe-core in a page with @axe-core/playwright and formats its violations: shared by every a11y check. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG A/AA rules whose outcome depends on colours: all a theme changes (it sets colours by CSS, the
 * markup stays the same), so a page checked in full in one theme needs only these in the other.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs in the page as served, with its Content-Security-Policy in force (no bypassCSP needed). Legacy
 * mode gathers the results in the page itself instead of a blank page opened beside it: that works in
 * any page (also one from browser.newPage()) and halves the pages opened when checking a whole site;
 * what it gives up, checking frames from other origins, does not apply to this site, which has none.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<AxeViolation[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const result = await (rules ? builder.withRules([...rules]) : builder.withTags(WCAG_TAGS)).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

export function formatViolations(label: string, violations: AxeViolation[]): string[] {
  return violations.map(
    (v) => `${label}: ${v.id} (${v.impact}) ${v.help}\n      ${v.targets.slice(0, 5).join('\n      ')}`,
  );
}
