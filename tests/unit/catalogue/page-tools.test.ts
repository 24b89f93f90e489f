/** A guidance page leads to the tools its typed links point at: readers first, never off-topic. */
import { describe, expect, it } from 'vitest';
import { servingScore, toolsServing, type PageLinks, type ServingTool } from '../../../src/catalogue/page-tools';

const page = (links: Partial<PageLinks>): PageLinks => ({
  topics: [],
  pillars: [],
  audiences: [],
  instruments: [],
  priorities: [],
  ...links,
});
const tool = (id: string, fields: Partial<ServingTool>): ServingTool => ({
  id,
  title: id,
  topics: ['forced-labour'],
  pillars: [],
  audiences: [],
  conventions: [],
  priorities: [],
  ...fields,
});

describe('toolsServing', () => {
  const tools = [
    tool('for-inspectors', { audiences: ['labour-inspectors'] }),
    tool('on-c29', { conventions: ['c29'] }),
    tool('same-pillar', { pillars: ['knowledge-data'] }),
    tool('child-labour-for-inspectors', { topics: ['child-labour'], audiences: ['labour-inspectors'] }),
    tool('unrelated', { audiences: ['media'] }),
  ];

  it('ranks shared readers above shared instruments, and leaves out tools sharing only a category', () => {
    const links = page({
      topics: ['forced-labour'],
      audiences: ['labour-inspectors'],
      instruments: ['c29'],
      pillars: ['knowledge-data'],
    });
    expect(toolsServing(links, tools, 10).map((t) => t.id)).toEqual(['for-inspectors', 'on-c29']);
  });

  it('breaks a tie by shared categories of change', () => {
    const tied = [
      tool('a', { conventions: ['c29'] }),
      tool('b', { conventions: ['c29'], pillars: ['knowledge-data'] }),
    ];
    const links = page({ instruments: ['c29'], pillars: ['knowledge-data'] });
    expect(toolsServing(links, tied, 10).map((t) => t.id)).toEqual(['b', 'a']);
  });

  it('never offers a tool on another topic', () => {
    expect(servingScore(page({ topics: ['forced-labour'], audiences: ['labour-inspectors'] }), tools[3])).toBe(0);
  });

  it('offers tools on any topic to a page that names none, and nothing to a page with no links', () => {
    expect(toolsServing(page({ audiences: ['labour-inspectors'] }), tools, 10)).toHaveLength(2);
    expect(toolsServing(page({ topics: ['forced-labour'] }), tools, 10)).toEqual([]);
  });

  it('keeps at most `limit`, newest first among equals', () => {
    const equal = [
      tool('old', { conventions: ['c29'], year: 2010 }),
      tool('new', { conventions: ['c29'], year: 2020 }),
    ];
    expect(toolsServing(page({ instruments: ['c29'] }), equal, 1).map((t) => t.id)).toEqual(['new']);
  });
});
