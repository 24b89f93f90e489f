import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, plainText, startTags } from '../../src/core/html-tree';

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references as a browser does, and leaves markup as text', () => {
    expect(decodeHtmlEntities('Fish &amp; chips &#39;x&#x27; &quot;q&quot; &colon; &nbsp;')).toBe(
      'Fish & chips \'x\' "q" : \u00a0',
    );
    expect(decodeHtmlEntities('&#106avascript')).toBe('javascript');
    expect(decodeHtmlEntities('<b>a</b> </textarea> &lt;i&gt;')).toBe('<b>a</b> </textarea> <i>');
  });
});

describe('plainText', () => {
  it('drops tags, decodes references and folds whitespace', () => {
    expect(plainText('<p>Côte d&#39;Ivoire &amp;\n <em>Ghana</em></p>')).toBe("Côte d'Ivoire & Ghana");
    expect(plainText('<p>Read<script>"not this"</script><style>p{}</style></p>')).toBe('Read');
  });
});

describe('startTags', () => {
  it('reads quoted attributes, comments and the raw text of scripts the way the tokenizer does', () => {
    const source =
      '<meta content="x</title><script>no()</script>">\n<!-- <script>no</script> --><script is:inline>if (a < b) go();</script><A HREF=/x onclick=1 ONCLICK=2>';
    const tags = startTags(source);
    expect(tags.map((t) => t.name)).toEqual(['meta', 'script', 'a']);
    expect(tags[1]!.body).toBe('if (a < b) go();');
    expect([...tags[2]!.attributes]).toEqual([
      ['href', '/x'],
      ['onclick', '1'],
    ]);
    expect(source.slice(tags[2]!.index).startsWith('<A HREF')).toBe(true);
  });
  it('does not let an element hide the tags after it (content is MDX, not HTML)', () => {
    expect(startTags('<title><script>x()</script></title><textarea><img onerror=y>').map((t) => t.name)).toEqual([
      'title',
      'script',
      'textarea',
      'img',
    ]);
  });
});
