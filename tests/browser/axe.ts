/** Runs axe-core in a page and formats its violations: shared by the a11y gate and its self-test. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

export const AXE_PATH = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
/** WCAG 2.0, 2.1 and 2.2 levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe needs to be injected as an inline script: the page's context must be created with bypassCSP. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
}

export function formatViolations(label: string, violations: AxeViolation[]): string[] {
  return violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help}\n      ${v.targets.slice(0, 5).join('\n      ')}`);
}
