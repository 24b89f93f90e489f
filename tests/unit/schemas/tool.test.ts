/**
 * A tool's translated title is either the publisher's own, with the record of where it was read, or our
 * descriptive translation, never both (src/schemas/tool.ts), so a reader can tell one from the other.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { toolSchema } from '../../../src/schemas/tool';

const schema = toolSchema(() => z.string());
const check = {
  method: 'publisher-page',
  copyAddress: 'https://example.org/guide-fr',
  copyPublisher: 'ILO',
  checked: '2026-01-31',
};
const tool = (fr: Record<string, unknown>) => ({
  title: 'A guide',
  description: 'Guidance for labour inspectors.',
  kind: 'guide',
  topics: ['child-labour'],
  pillars: ['knowledge-data'],
  audiences: ['governments'],
  mentionedIn: ['ipec-brochure-2024'],
  translations: { fr },
});
const issues = (fr: Record<string, unknown>) =>
  (schema.safeParse(tool(fr)).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('translated tool titles', () => {
  it("accepts the publisher's title with its check, or a descriptive title", () => {
    expect(issues({ title: 'Un guide', titleCheck: check, description: 'Des conseils.' })).toEqual([]);
    expect(issues({ descriptiveTitle: 'Un guide', description: 'Des conseils.' })).toEqual([]);
  });

  it('rejects a translated title without the record of where it was read', () => {
    expect(issues({ title: 'Un guide' })).toEqual([
      expect.stringMatching(
        /^translations\.fr\.titleCheck: a translated title is the publisher's own and needs titleCheck/,
      ),
    ]);
  });

  it('rejects a title and a descriptive title together', () => {
    expect(issues({ title: 'Un guide', titleCheck: check, descriptiveTitle: 'Un guide décrit' })).toEqual([
      expect.stringMatching(
        /^translations\.fr\.descriptiveTitle: give either title .* or descriptiveTitle .*, not both$/,
      ),
    ]);
  });

  it('rejects a check record without the title it is for', () => {
    expect(issues({ descriptiveTitle: 'Un guide', titleCheck: check })).toEqual([
      'translations.fr.title: titleCheck is given but title is missing',
    ]);
  });
});
