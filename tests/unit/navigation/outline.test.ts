import { describe, expect, it } from 'vitest';
import { outlineHeadings } from '../../../src/navigation/outline';

describe('outlineHeadings', () => {
  it('lists h2 and h3 headings, keeping ids and adding missing ones', () => {
    const { html, headings } = outlineHeadings(
      '<h2>The challenge</h2><p>x</p><h3 id="given">Given &amp; kept</h3><h4>Not listed</h4><h2 class="a">The <em>challenge</em></h2>',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'the-challenge', text: 'The challenge' },
      { depth: 3, slug: 'given', text: 'Given & kept' },
      { depth: 2, slug: 'the-challenge-2', text: 'The challenge' },
    ]);
    expect(html).toContain('<h2 id="the-challenge">The challenge</h2>');
    expect(html).toContain('<h3 id="given">Given &amp; kept</h3>');
    expect(html).toContain('<h2 id="the-challenge-2" class="a">The <em>challenge</em></h2>');
    expect(html).toContain('<h4>Not listed</h4>');
  });
  it('reads headings as a parser does: not inside attributes or scripts, and leaves the rest of the HTML as written', () => {
    const source = '<p title="<h2>Not a heading</h2>">x</p><script>"<h2>nor this</h2>"</script><br/><h2>Real</h2>';
    const { html, headings } = outlineHeadings(source);
    expect(headings).toEqual([{ depth: 2, slug: 'real', text: 'Real' }]);
    expect(html).toBe(source.replace('<h2>Real', '<h2 id="real">Real'));
  });
});
