/** The home page's tools for a reader come from the tools' audiences: openable, specific and recent first. */
import { describe, expect, it } from 'vitest';
import { toolsForAudiences, type AudienceTool } from '../../../src/catalogue/audience-tools';

const tool = (id: string, audiences: string[], extra: Partial<AudienceTool> = {}): AudienceTool => ({
  id,
  title: id,
  audiences,
  ...extra,
});

describe('toolsForAudiences', () => {
  const tools = [
    tool('broad', ['governments', 'workers', 'media']),
    tool('specific', ['governments']),
    tool('openable', ['governments', 'workers'], { url: 'https://example.org/' }),
    tool('newer', ['governments'], { year: 2024 }),
    tool('other', ['researchers']),
  ];

  it('keeps only the tools for one of the audiences, and counts them all', () => {
    const { first, total } = toolsForAudiences(tools, ['governments'], 10);
    expect(first.map((t) => t.id)).not.toContain('other');
    expect(total).toBe(4);
    expect(toolsForAudiences(tools, ['researchers', 'media'], 10).total).toBe(2);
  });

  it('puts openable tools first, then the most specific, then the newest, at most `limit`', () => {
    expect(toolsForAudiences(tools, ['governments'], 3).first.map((t) => t.id)).toEqual([
      'openable',
      'newer',
      'specific',
    ]);
  });

  it('gives an audience no tool serves an empty list', () => {
    expect(toolsForAudiences(tools, ['civil-society'], 3)).toEqual({ first: [], total: 0 });
  });
});
