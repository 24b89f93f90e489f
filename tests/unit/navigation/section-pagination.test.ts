/** Previous and Next never cross from one sidebar section into another. */
import { describe, expect, it } from 'vitest';
import type { NavEntry } from '../../../src/navigation/breadcrumb';
import { withinSection } from '../../../src/navigation/section-pagination';

const link = (href: string, current: string): NavEntry => ({
  type: 'link',
  label: href,
  href,
  isCurrent: href === current,
});
const sidebar = (current: string): NavEntry[] => [
  {
    type: 'group',
    label: 'Child labour',
    entries: [link('/child-labour/', current), link('/child-labour/ilo-response/', current)],
  },
  link('/conventions/', current),
  {
    type: 'group',
    label: 'About',
    entries: [
      link('/about/', current),
      { type: 'group', label: 'Nested', entries: [link('/about/history/', current)] },
    ],
  },
];
const to = (href: string) => ({ href, label: href });

describe('withinSection', () => {
  it('keeps neighbours in the same section, nested groups included', () => {
    expect(withinSection(sidebar('/about/'), { prev: undefined, next: to('/about/history/') })).toEqual({
      prev: undefined,
      next: to('/about/history/'),
    });
    expect(
      withinSection(sidebar('/child-labour/'), { prev: undefined, next: to('/child-labour/ilo-response/') }).next,
    ).toEqual(to('/child-labour/ilo-response/'));
  });

  it('drops a neighbour in another section', () => {
    expect(
      withinSection(sidebar('/child-labour/ilo-response/'), {
        prev: to('/child-labour/'),
        next: to('/conventions/'),
      }),
    ).toEqual({ prev: to('/child-labour/'), next: undefined });
    expect(withinSection(sidebar('/about/'), { prev: to('/conventions/'), next: undefined }).prev).toBeUndefined();
  });

  it('gives a section of one link, and a page outside the sidebar, no neighbours', () => {
    expect(
      withinSection(sidebar('/conventions/'), { prev: to('/child-labour/ilo-response/'), next: to('/about/') }),
    ).toEqual({
      prev: undefined,
      next: undefined,
    });
    expect(withinSection(sidebar('/tools/x/'), { prev: to('/about/'), next: undefined })).toEqual({
      prev: undefined,
      next: undefined,
    });
  });
});
