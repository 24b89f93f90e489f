import { describe, expect, it } from 'vitest';
import { lowerFirst } from '../../src/utils/text';

describe('lowerFirst', () => {
  it('lower-cases only the first letter, keeping names and acronyms', () => {
    expect(lowerFirst('Listed among the IPEC+ countries (February 2024)')).toBe('listed among the IPEC+ countries (February 2024)');
    expect(lowerFirst('Mentioned elsewhere in the sources')).toBe('mentioned elsewhere in the sources');
  });
  it('leaves a label that starts with an acronym as it is', () => {
    expect(lowerFirst('ILO estimates')).toBe('ILO estimates');
    expect(lowerFirst('IPEC+ countries')).toBe('IPEC+ countries');
  });
});
