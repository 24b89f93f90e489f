import { describe, expect, it } from 'vitest';
import { lowerFirst } from '../../../src/core/text';
import { plainText } from '../../../src/core/html-tree';

describe('lowerFirst', () => {
  it('lower-cases only the first letter, keeping names and acronyms', () => {
    expect(lowerFirst('Listed among the IPEC+ countries (February 2024)')).toBe(
      'listed among the IPEC+ countries (February 2024)',
    );
    expect(lowerFirst('Mentioned elsewhere in the sources')).toBe('mentioned elsewhere in the sources');
  });
  it('leaves a label that starts with an acronym as it is', () => {
    expect(lowerFirst('ILO estimates')).toBe('ILO estimates');
    expect(lowerFirst('IPEC+ countries')).toBe('IPEC+ countries');
  });
});

describe('plainText', () => {
  it('removes tags and decodes entities once', () => {
    expect(plainText('Members of the <abbr>GTAC</abbr>, Côte d&#39;Ivoire &amp; &quot;Peru&quot; &amp;lt;')).toBe(
      'Members of the GTAC, Côte d\'Ivoire & "Peru" &lt;',
    );
  });
});
