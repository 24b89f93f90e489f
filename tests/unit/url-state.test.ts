import { describe, expect, it } from 'vitest';
import { readUrlState, urlStateParams, urlStateQuery } from '../../src/core/url-state';

describe('list state in the address', () => {
  it('round-trips query and filters, dropping unknown keys and repeats', () => {
    const params = new URLSearchParams('q=+fair+recruitment+&type=Tool&type=Tool&topic=Forced+labour&colour=red');
    const state = readUrlState(params, ['type', 'topic']);
    expect(state).toEqual({ query: 'fair recruitment', filters: { type: ['Tool'], topic: ['Forced labour'] } });
    expect(readUrlState(urlStateParams(state), ['type', 'topic'])).toEqual(state);
  });
  it('keeps only allowed values, in the order they are offered', () => {
    const params = new URLSearchParams('kind=toolkit&kind=unknown&kind=guide');
    expect(readUrlState(params, ['kind'], { kind: ['guide', 'toolkit'] }).filters).toEqual({
      kind: ['guide', 'toolkit'],
    });
  });
  it('leaves out an empty query and empty filters, and gives "" for an empty state', () => {
    expect(urlStateParams({ query: ' ', filters: { type: ['Country'], topic: [] } }).toString()).toBe('type=Country');
    expect(urlStateQuery({ query: '', filters: {} })).toBe('');
    expect(urlStateQuery({ query: 'cocoa', filters: {} })).toBe('?q=cocoa');
  });
  it('keeps values holding commas, ampersands and spaces intact', () => {
    const state = { query: 'a&b', filters: { topic: ['Fundamental principles, rights & work'] } };
    expect(readUrlState(new URLSearchParams(urlStateQuery(state)), ['topic'])).toEqual(state);
  });
});
