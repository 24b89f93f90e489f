/**
 * CONTRIBUTING.md prints the guard's list of rules (GUARD_RULES in src/guard/index.ts) between two
 * markers; a rule added, changed or removed without updating it fails here, with the text to paste.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARD_RULES, guardRulesMarkdown } from '../../../src/guard';

const contributing = readFileSync(join(import.meta.dirname, '../../../CONTRIBUTING.md'), 'utf8');

describe('the list of guard rules', () => {
  it('names a module under src/guard/ for every family, and at least one rule each', () => {
    for (const { module, rules } of GUARD_RULES) {
      expect(module).toMatch(/^src\/guard\/[a-z0-9-]+\.ts$/);
      expect(rules.length).toBeGreaterThan(0);
    }
  });

  it('is what CONTRIBUTING.md prints between its guard-rules markers', () => {
    const block = /<!-- guard-rules:start -->\n([\s\S]*?)\n<!-- guard-rules:end -->/.exec(contributing)?.[1];
    expect(block, 'paste this between the markers:\n' + guardRulesMarkdown()).toBe(guardRulesMarkdown());
  });
});
