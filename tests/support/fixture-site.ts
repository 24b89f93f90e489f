/** The content fixtures: a valid site, and bad cases that each break one rule. */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const fixtures = resolve(import.meta.dirname, '../fixtures/content');

export function badCases(): string[] {
  return readdirSync(join(fixtures, 'bad')).sort();
}

/** A temporary folder holding `content/`: the valid site with the case's files laid over it. */
export function siteWith(caseName?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipec-guard-'));
  cpSync(join(fixtures, 'valid'), dir, { recursive: true });
  if (caseName) cpSync(join(fixtures, 'bad', caseName, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}
