/** Runs axe-core in a page with @axe-core/playwright and formats its violations: shared by every a11y check. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
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
